package io.cinechrome.analysis;

import java.util.List;

/**
 * What an analysis run did.
 *
 * @param analysed  films analysed now
 * @param upToDate  films whose catalogue entry was still valid
 * @param failures  films that could not be analysed, each with its reason
 */
public record AnalysisReport(int analysed, int upToDate, List<Failure> failures) {

    public AnalysisReport {
        failures = List.copyOf(failures);
    }

    /**
     * One film that failed.
     *
     * @param film    the film as the library names it
     * @param message what went wrong and how to fix it
     */
    public record Failure(String film, String message) {
    }
}
