package dev.heapgrader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The main class's first decision: which argument lists start the web service and what Spring then receives. */
class HeapGraderTest {

    @Test
    void noArgumentsStartTheService() {
        assertThat(HeapGrader.startsService(new String[0])).isTrue();
        assertThat(HeapGrader.serviceArguments(new String[0])).isEmpty();
    }

    @Test
    void serveStartsTheServiceAndPassesTheRestToSpring() {
        String[] args = {"serve", "--server.port=9090", "--spring.profiles.active=postgres"};

        assertThat(HeapGrader.startsService(args)).isTrue();
        assertThat(HeapGrader.serviceArguments(args))
                .containsExactly("--server.port=9090", "--spring.profiles.active=postgres");
    }

    @Test
    void serveWithHelpOrVersionIsAnsweredByTheCommandLine() {
        assertThat(HeapGrader.startsService(new String[] {"serve", "--help"})).isFalse();
        assertThat(HeapGrader.startsService(new String[] {"serve", "-h"})).isFalse();
        assertThat(HeapGrader.startsService(new String[] {"serve", "--version"})).isFalse();
        assertThat(HeapGrader.startsService(new String[] {"serve", "-V"})).isFalse();
    }

    @Test
    void everyOtherCommandStaysOnTheCommandLine() {
        assertThat(HeapGrader.startsService(new String[] {"run", "x.py"})).isFalse();
        assertThat(HeapGrader.startsService(new String[] {"grade", "--exercise", "e", "x.py"})).isFalse();
        assertThat(HeapGrader.startsService(new String[] {"--help"})).isFalse();
        assertThat(HeapGrader.startsService(new String[] {"nonsense"})).isFalse();
        // "serve" only counts as the command word, not as an argument of another command.
        assertThat(HeapGrader.startsService(new String[] {"run", "serve"})).isFalse();
    }
}
