package dev.heapgrader.engine;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An engine fault turned into something a student may see: a reference id and a sentence, never a Java class name.
 * The full stack trace goes to the {@code dev.heapgrader.engine} logger ({@link System.Logger}, so the engine stays
 * a plain library; a service routes it to its own log), filed under the same reference, so a report can be matched
 * to its cause.
 */
record EngineFault(String reference) {
    private static final System.Logger LOG = System.getLogger("dev.heapgrader.engine");

    /** Logs {@code fault} with a new reference; {@code filename} and {@code version} say which run failed. */
    static EngineFault record(Throwable fault, String filename, String version) {
        byte[] id = new byte[6];
        ThreadLocalRandom.current().nextBytes(id);
        EngineFault error = new EngineFault(HexFormat.of().formatHex(id));
        LOG.log(System.Logger.Level.ERROR, "HeapGrader internal error " + error.reference() + " running "
                + filename + " as Python " + version, fault);
        return error;
    }

    /** The stderr text of the failed run. */
    String message() {
        return "HeapGrader internal error (reference " + reference + "): the engine could not run this program. "
                + "This is not a fault in the program; please report the reference.\n";
    }
}
