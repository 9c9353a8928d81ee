package dev.heapgrader.engine;

import dev.heapgrader.engine.trace.timeline.Timeline;

/** A run and its heap timeline; {@code timeline} is null when the program did not parse or the engine failed. */
public record TimelineRun(RunResult result, Timeline timeline) { }
