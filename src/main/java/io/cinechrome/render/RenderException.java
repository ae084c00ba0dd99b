package io.cinechrome.render;

/** A film's images could not be made; the message names the film, the problem and what to do about it. */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error without an underlying cause. */
    public RenderException(String message) {
        super(message);
    }

    /** An error caused by another one. */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
