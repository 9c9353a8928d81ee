package dev.heapgrader.engine.types;

import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyStr;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.List;

/**
 * The builtin iterator types, one per kind of iterated object, named as {@code type(it).__name__} shows them. Range
 * iterators are the one kind that is not a GC object (Objects/rangeobject.c), so they are never tracked.
 */
public final class IteratorTypes {
    final PyType listIterator;
    final PyType tupleIterator;
    final PyType rangeIterator;
    final PyType longRangeIterator;
    final PyType strAsciiIterator;
    final PyType strIterator;
    final PyType bytesIterator;
    final PyType dictKeyIterator;
    final PyType dictValueIterator;
    final PyType dictItemIterator;
    public final PyType setIterator;
    public final PyType callableIterator;
    final PyType listReverseIterator;

    IteratorTypes(BuiltinTypes types, PythonVersion version) {
        listIterator = types.make(types.type, "list_iterator", types.object, 32, 0, true);
        tupleIterator = types.make(types.type, "tuple_iterator", types.object, 32, 0, true);
        rangeIterator = types.make(types.type, "range_iterator", types.object, version.rangeIteratorSize(), 0, false);
        longRangeIterator = types.make(types.type, "longrange_iterator", types.object, version.rangeIteratorSize(), 0,
                false);
        strAsciiIterator = types.make(types.type, "str_ascii_iterator", types.object, 32, 0, true);
        strIterator = types.make(types.type, "str_iterator", types.object, 32, 0, true);
        bytesIterator = types.make(types.type, "bytes_iterator", types.object, 32, 0, true);
        dictKeyIterator = types.make(types.type, "dict_keyiterator", types.object, 56, 0, true);
        dictValueIterator = types.make(types.type, "dict_valueiterator", types.object, 56, 0, true);
        dictItemIterator = types.make(types.type, "dict_itemiterator", types.object, 56, 0, true);
        setIterator = types.make(types.type, "set_iterator", types.object, 48, 0, true);
        callableIterator = types.make(types.type, "callable_iterator", types.object, 32, 0, true);
        listReverseIterator = types.make(types.type, "list_reverseiterator", types.object, 32, 0, true);
    }

    List<PyType> all() {
        return List.of(listIterator, tupleIterator, rangeIterator, longRangeIterator, strAsciiIterator, strIterator, bytesIterator,
                dictKeyIterator, dictValueIterator, dictItemIterator, setIterator, callableIterator,
                listReverseIterator);
    }

    /** The type of an iterator of {@code kind} over {@code source}; {@code fallback} for the generic ones. */
    public PyType of(PyIterator.Kind kind, PyObject source, PyType fallback) {
        return switch (kind) {
            case LIST -> listIterator;
            case TUPLE -> tupleIterator;
            case RANGE -> source instanceof PyRange r && !r.isSmall() ? longRangeIterator : rangeIterator;
            case STR -> source instanceof PyStr s && s.kind() == PyStr.Kind.ASCII ? strAsciiIterator : strIterator;
            case SEQUENCE -> source instanceof PyBytes ? bytesIterator : fallback;
            case DICT_KEYS -> dictKeyIterator;
            case DICT_VALUES -> dictValueIterator;
            case DICT_ITEMS -> dictItemIterator;
            case SET -> setIterator;
            case CALLABLE -> callableIterator;
            case REVERSED_LIST -> listReverseIterator;
            default -> fallback;
        };
    }
}
