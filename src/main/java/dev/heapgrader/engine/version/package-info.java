/** The CPython versions the engine reproduces; every behaviour that differs between versions is decided here. */
package dev.heapgrader.engine.version;
