package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Native;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * A builtin function, or a builtin method bound to its object ({@code lst.append} holds the list), or when
 * {@code self} is null and {@code owner} is set, an unbound method descriptor in a builtin type's namespace.
 */
public final class PyBuiltin extends PyObject {
    public final String name;
    public final Native impl;
    public final PyObject self;
    /** The type whose namespace holds this as a method descriptor, or null for module-level builtins. */
    public final PyType owner;

    public PyBuiltin(PyType type, String name, Native impl, PyObject ownedSelf, PyType owner) {
        super(type);
        this.name = name;
        this.impl = impl;
        this.self = ownedSelf;
        this.owner = owner;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (self != null) {
            visitor.visit(self);
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        if (self != null) {
            release.release(self);
        }
    }
}
