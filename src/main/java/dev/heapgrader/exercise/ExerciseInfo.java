package dev.heapgrader.exercise;

/** An exercise as the API lists it: id, title, the prompt in Markdown and the points it is worth. */
public record ExerciseInfo(String id, String title, String promptMarkdown, double maxPoints) {
}
