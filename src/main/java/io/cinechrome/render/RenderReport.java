package io.cinechrome.render;

import java.util.List;

/**
 * What a render run did.
 *
 * @param rendered       films whose images were drawn
 * @param skipped        films whose images were up to date
 * @param failures       films that could not be drawn, with the reason
 * @param removedFolders image folders deleted because their film left the catalogue
 */
public record RenderReport(int rendered, int skipped, List<Failure> failures, List<String> removedFolders) {

    public RenderReport {
        if (rendered < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + rendered + ", " + skipped);
        }
        failures = List.copyOf(failures);
        removedFolders = List.copyOf(removedFolders);
    }

    /** How many films failed. */
    public int failed() {
        return failures.size();
    }

    /** Whether every film has its images. */
    public boolean ok() {
        return failures.isEmpty();
    }

    /**
     * One film that could not be drawn.
     *
     * @param slug    the film
     * @param message what went wrong and what to do
     */
    public record Failure(String slug, String message) {

        public Failure {
            if (slug == null || message == null) {
                throw new IllegalArgumentException("a failure needs a slug and a message");
            }
        }
    }
}
