package dev.heapgrader.engine.modules;

import dev.heapgrader.engine.interp.Interpreter;
import dev.heapgrader.engine.interp.NativeTable;
import dev.heapgrader.engine.object.PyByteArray;
import dev.heapgrader.engine.object.PyBytes;
import dev.heapgrader.engine.object.PyDict;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.types.PyModule;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * {@code random}: the module is Python (random.py, as Lib/random.py is), given the one C-implemented name it needs
 * from elsewhere: {@code _sha512_seed_bytes}, what Lib/random.py's {@code Random.seed} (version 2) reads as the
 * integer seed for a str, bytes or bytearray: the bytes followed by their SHA-512 digest ({@code _sha512}).
 */
final class RandomModule {
    private RandomModule() {
    }

    static PyModule create(Interpreter ip) {
        PyDict d = ip.rt.newDict();
        new NativeTable(ip, d, null).def("_sha512_seed_bytes", RandomModule::seedBytes);
        return PythonModule.createIn(ip, d, "random");
    }

    /** {@code _sha512_seed_bytes(data)}: {@code data + _sha512(data).digest()} for bytes or a bytearray. */
    private static PyObject seedBytes(Interpreter i, PyObject self, PyObject[] a, String[] k) {
        byte[] data = a[0] instanceof PyByteArray b ? b.toBytes() : ((PyBytes) a[0]).value();
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform provides SHA-512 (java.security.MessageDigest's required algorithms)
            throw new IllegalStateException(e);
        }
        byte[] out = Arrays.copyOf(data, data.length + digest.length);
        System.arraycopy(digest, 0, out, data.length, digest.length);
        return i.rt.newBytes(out);
    }
}
