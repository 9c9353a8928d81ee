package dev.heapgrader.engine.object;

import java.util.Arrays;

/**
 * A mutable {@code bytearray}: its bytes and the allocated buffer size, which follows CPython's
 * {@code PyByteArray_Resize} (Objects/bytearrayobject.c) so that {@code sys.getsizeof} reports
 * {@code sizeof(PyByteArrayObject)} plus the allocation, trailing NUL included.
 */
public final class PyByteArray extends PyObject {
    private byte[] data = new byte[0];
    private int size;
    /** {@code ob_alloc}: 0 for a new empty bytearray (no buffer), otherwise at least size + 1. */
    private int alloc;

    public PyByteArray(PyType type) {
        super(type);
    }

    public int size() {
        return size;
    }

    public int allocated() {
        return alloc;
    }

    /** A copy of the current contents. */
    public byte[] toBytes() {
        return Arrays.copyOf(data, size);
    }

    /**
     * {@code PyByteArray_Resize}: shrinking below half the buffer reallocates exactly (size + 1); a small shrink
     * only changes the size; growing by at most an eighth over-allocates like lists (size/8 + 3 below 9 bytes,
     * + 6 from then on); a bigger growth allocates exactly.
     */
    public void resize(int requested) {
        if (requested == size) {
            return;
        }
        if (requested + 1 <= alloc) {
            if (requested < alloc / 2) {
                alloc = requested + 1;
            }
        } else if (requested <= alloc * 1.125) {
            alloc = requested + (requested >> 3) + (requested < 9 ? 3 : 6);
        } else {
            alloc = requested + 1;
        }
        if (data.length < requested) {
            data = Arrays.copyOf(data, Math.max(requested, alloc));
        }
        if (requested < size) {
            Arrays.fill(data, requested, size, (byte) 0);
        }
        size = requested;
    }

    /** {@code bytearray.append}: one resize by one byte. */
    public void append(byte b) {
        resize(size + 1);
        data[size - 1] = b;
    }

    /** {@code bytearray.extend} and {@code +=}: one resize to the new length, then the bytes are copied in. */
    public void extend(byte[] more) {
        int at = size;
        resize(size + more.length);
        System.arraycopy(more, 0, data, at, more.length);
    }
}
