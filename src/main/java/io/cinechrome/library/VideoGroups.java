package io.cinechrome.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Groups the video files of one folder into works: a single file, the parts of a multi-part film (same name
 * but for {@code CD1}/{@code CD2}, same extension), or the episodes of a series.
 */
final class VideoGroups {

    private VideoGroups() {
    }

    /**
     * One work's files in playing order.
     *
     * @param files   the video files, parts or episodes in order
     * @param series  whether the files are episodes
     * @param name    the name to read the title from when the folder gives none (file name without marker)
     * @param bytes   total size
     * @param problem why the parts do not make a complete film (a gap, a part twice), empty when they do
     * @param twice   whether a part number is there twice (two sets mixed up: the folder is ambiguous)
     */
    record Work(List<Video> files, boolean series, String name, long bytes, Optional<String> problem,
            boolean twice) {

        boolean parts() {
            return !series && files.size() > 1;
        }

        String fileNames() {
            return files.stream().map(Video::fileName).collect(Collectors.joining(", "));
        }
    }

    /** A video file with its size and the marker in its name. */
    record Video(Path path, long bytes, Optional<PartMarker> marker) {

        String fileName() {
            return path.getFileName().toString();
        }

        String baseName() {
            return VideoFiles.baseName(fileName());
        }
    }

    /**
     * Groups videos.
     *
     * @param oneFolder the videos sit in one film's folder, so all episodes belong to one series whatever their
     *                  names; in a collection folder episodes group by show name
     */
    static List<Work> of(List<Video> videos, boolean oneFolder) {
        Map<String, List<Video>> groups = new LinkedHashMap<>();
        for (Video video : videos) {
            groups.computeIfAbsent(key(video, oneFolder), k -> new ArrayList<>()).add(video);
        }
        List<Work> works = new ArrayList<>();
        for (Map.Entry<String, List<Video>> group : groups.entrySet()) {
            List<Video> files = group.getValue();
            if (group.getKey().startsWith("episode:")) {
                works.add(series(files));
            } else if (group.getKey().startsWith("part:") && (files.size() > 1 || files.get(0).marker().get().strong())) {
                works.add(parts(files));
            } else {
                files.forEach(file -> works.add(single(file)));
            }
        }
        return works;
    }

    private static String key(Video video, boolean oneFolder) {
        if (video.marker().isEmpty()) {
            return "single:" + video.fileName();
        }
        PartMarker marker = video.marker().get();
        if (marker.episode()) {
            return "episode:" + (oneFolder ? "" : marker.key());
        }
        return "part:" + marker.key() + "." + VideoFiles.extension(video.fileName());
    }

    private static Work single(Video video) {
        return new Work(List.of(video), false, video.baseName(), video.bytes(), Optional.empty(), false);
    }

    private static Work series(List<Video> files) {
        List<Video> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingInt((Video v) -> v.marker().get().season())
                .thenComparingInt(v -> v.marker().get().number()).thenComparing(Video::fileName));
        return new Work(ordered, true, ordered.get(0).marker().get().stem(), bytes(ordered), Optional.empty(),
                false);
    }

    private static Work parts(List<Video> files) {
        List<Video> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingInt((Video v) -> v.marker().get().number()).thenComparing(Video::fileName));
        List<Integer> numbers = ordered.stream().map(v -> v.marker().get().number()).toList();
        Optional<String> problem = Optional.empty();
        boolean twice = false;
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) != i + 1) {
                twice = numbers.get(i) == i;
                problem = Optional.of(numbers.get(i) == i ? "part " + i + " is there twice" : "part " + (i + 1)
                        + " is missing (found parts " + numbers.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")");
                break;
            }
        }
        String stem = ordered.get(0).marker().get().stem();
        return new Work(ordered, false, stem.isBlank() ? ordered.get(0).baseName() : stem, bytes(ordered), problem,
                twice);
    }

    private static long bytes(List<Video> files) {
        return files.stream().mapToLong(Video::bytes).sum();
    }
}
