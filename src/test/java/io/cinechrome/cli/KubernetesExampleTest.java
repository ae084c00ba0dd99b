package io.cinechrome.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples in {@code examples/kubernetes/}, checked as far as can be done offline: the manifests parse, the
 * Job is Indexed with {@code --shard $(JOB_COMPLETION_INDEX)/N} matching its completions, the library is mounted
 * read-only, and every command line names only options the CLI has.
 */
class KubernetesExampleTest {

    static final Path EXAMPLES = Path.of("examples", "kubernetes");
    static final Pattern OPTION = Pattern.compile("--([a-z][a-z-]*)");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theIndexedJobShardsTheLibraryOverItsPods() throws IOException {
        JsonNode job = YAML.readTree(EXAMPLES.resolve("analyze-job.yaml").toFile());
        assertEquals("batch/v1", job.path("apiVersion").asText());
        assertEquals("Job", job.path("kind").asText());
        JsonNode spec = job.path("spec");
        assertEquals("Indexed", spec.path("completionMode").asText());
        int completions = spec.path("completions").asInt();
        assertTrue(completions > 1);
        JsonNode pod = spec.path("template").path("spec");
        assertEquals("Never", pod.path("restartPolicy").asText());
        JsonNode container = pod.path("containers").get(0);
        List<String> args = texts(container.path("args"));
        assertEquals("analyze", args.get(0));
        assertEquals("$(JOB_COMPLETION_INDEX)/" + completions, args.get(args.indexOf("--shard") + 1));
        assertOptionsExist(Command.ANALYZE, String.join(" ", args));

        String library = args.get(args.indexOf("--library") + 1);
        String catalog = args.get(args.indexOf("--catalog") + 1);
        JsonNode libraryMount = mount(container, library);
        assertTrue(libraryMount.path("readOnly").asBoolean(), "the library is mounted read-only");
        assertTrue(volume(pod, libraryMount.path("name").asText()).path("persistentVolumeClaim").path("readOnly")
                .asBoolean());
        JsonNode catalogMount = mount(container, catalog);
        assertTrue(!catalogMount.path("readOnly").asBoolean(), "the catalogue is written");
        assertTrue(volume(pod, catalogMount.path("name").asText()).has("persistentVolumeClaim"),
                "the catalogue is on a shared volume");
    }

    @Test
    void theActionsMatrixRunsOneShardPerJob() throws IOException {
        JsonNode workflow = YAML.readTree(EXAMPLES.resolve("github-actions-matrix.yml").toFile());
        JsonNode analyze = workflow.path("jobs").path("analyze");
        assertTrue(texts(analyze.path("runs-on")).contains("self-hosted"));
        List<String> shards = texts(analyze.path("strategy").path("matrix").path("shard"));
        assertEquals(List.of("0", "1", "2", "3"), shards);
        List<String> runs = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
            if (step.has("run")) {
                runs.add(step.path("run").asText());
            }
        }));
        String shardRun = runs.stream().filter(r -> r.contains(" analyze ")).findFirst().orElseThrow();
        assertTrue(shardRun.contains("--shard ${{ matrix.shard }}/" + shards.size()), shardRun);
        assertOptionsExist(Command.ANALYZE, shardRun);
        assertOptionsExist(Command.RENDER, runs.stream().filter(r -> r.contains(" render ")).findFirst().orElseThrow());
    }

    @Test
    void theDockerfileRunsTheJarOfTheProjectsOwnBuild() throws IOException {
        String docker = Files.readString(EXAMPLES.resolve("Dockerfile"));
        assertTrue(docker.contains("RUN mvn -B -ntp package"), docker);
        assertTrue(docker.contains("COPY --from=build /src/target/cinechrome.jar"), docker);
        assertTrue(docker.contains("ENTRYPOINT [\"java\", \"-jar\", \"/opt/cinechrome/cinechrome.jar\"]"), docker);
        for (String line : docker.lines().filter(l -> l.contains("cinechrome analyze") || l.contains("  analyze"))
                .toList()) {
            assertOptionsExist(Command.ANALYZE, line);
        }
    }

    private static void assertOptionsExist(Command command, String commandLine) {
        Matcher m = OPTION.matcher(commandLine);
        while (m.find()) {
            assertTrue(command.options().contains(m.group(1)) || "help".equals(m.group(1)),
                    "`" + command.id() + "` has no option --" + m.group(1) + ": " + commandLine);
        }
    }

    private static JsonNode mount(JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(path)) {
                return mount;
            }
        }
        throw new AssertionError("no volume is mounted at " + path);
    }

    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume named " + name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(n -> texts.add(n.asText()));
        } else if (!array.isMissingNode()) {
            texts.add(array.asText());
        }
        return texts;
    }
}
