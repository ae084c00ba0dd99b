package io.cinechrome.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Jackson adapter of the {@code scan} command: the library as one JSON document,
 * {@code {"films": [{"slug", "title", "year", "director", "collection", "kind", "parts"}],
 * "notices": [{"path", "message", "skipped"}]}}. Year and director are {@code null} when the names give none;
 * parts are paths relative to the library, in playing order.
 */
public final class ScanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScanJson() {
    }

    /** The scan as pretty-printed JSON, ending with a newline. */
    public static String write(LibraryScan scan) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode films = root.putArray("films");
        for (LibraryFilm film : scan.films()) {
            ObjectNode node = films.addObject();
            node.put("slug", film.slug());
            node.put("title", film.name().title());
            if (film.name().year().isPresent()) {
                node.put("year", film.name().year().getAsInt());
            } else {
                node.putNull("year");
            }
            node.put("director", film.name().director().orElse(null));
            ArrayNode collection = node.putArray("collection");
            film.collection().forEach(collection::add);
            node.put("kind", film.kind().id());
            ArrayNode parts = node.putArray("parts");
            film.parts().forEach(part -> parts.add(part.relativePath()));
        }
        ArrayNode notices = root.putArray("notices");
        for (Notice notice : scan.notices()) {
            notices.addObject().put("path", notice.path()).put("message", notice.message())
                    .put("skipped", notice.skipped());
        }
        try {
            return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scan as JSON", e);
        }
    }
}
