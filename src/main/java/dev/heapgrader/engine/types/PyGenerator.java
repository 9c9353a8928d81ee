package dev.heapgrader.engine.types;

import dev.heapgrader.engine.interp.Frame;
import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;

/**
 * A generator: its suspended frame (embedded in the object since 3.11, so its locals and stack are the
 * generator's references) and the function that made it, which 3.11+ keep alive while the generator lives.
 */
public final class PyGenerator extends PyObject {
    public final Frame frame;
    public PyObject function;
    public final String name;
    public final String qualname;
    /** {@code gi_name} and {@code gi_qualname}: the function's name objects, held by the generator. */
    public PyObject nameObject;
    public PyObject qualnameObject;
    /** 3.11's {@code gi_code}: the generator itself visits its code before its frame does. */
    public boolean visitsOwnCode;
    public boolean running;
    public boolean started;
    /** The exception being handled inside the generator when it yielded ({@code gi_exc_state}). */
    PyObject savedException;

    public PyGenerator(PyType type, Frame frame, PyObject ownedFunction, String name, String qualname) {
        super(type);
        this.frame = frame;
        this.function = ownedFunction;
        this.name = name;
        this.qualname = qualname;
    }

    public boolean finished() {
        return frame.finished;
    }

    /**
     * {@code gen_traverse} (Objects/genobject.c): gi_code on 3.11, gi_name, gi_qualname, then, until the frame is
     * cleared, {@code _PyFrame_Traverse} (Python/frame.c): frame_obj, f_func, f_code, the locals and the stack.
     */
    @Override
    public void traverse(Visitor visitor) {
        if (visitsOwnCode) {
            visitor.visit(frame.code);
        }
        if (nameObject != null) {
            visitor.visit(nameObject);
        }
        if (qualnameObject != null) {
            visitor.visit(qualnameObject);
        }
        if (!frame.finished) {
            if (frame.frameObject() != null) {
                visitor.visit(frame.frameObject());
            }
            if (function != null) {
                visitor.visit(function);
            }
            visitor.visit(frame.code);
            for (PyObject o : frame.fast) {
                if (o != null) {
                    visitor.visit(o);
                }
            }
            for (int i = 0; i < frame.sp; i++) {
                if (frame.stack[i] != null) {
                    visitor.visit(frame.stack[i]);
                }
            }
        } else if (function != null) {
            visitor.visit(function);
        }
    }

    @Override
    public void clearReferences(Releaser release) {
        Interpreter.clearFrame(frame, release);
        PyObject[] held = {function, nameObject, qualnameObject};
        function = null;
        nameObject = null;
        qualnameObject = null;
        for (PyObject o : held) {
            if (o != null) {
                release.release(o);
            }
        }
    }
}
