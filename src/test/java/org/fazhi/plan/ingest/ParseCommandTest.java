package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar fazhi.jar parse FILE}: JSON on stdout and exit 0, or a one-line reason and non-zero. */
class ParseCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ParseCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheSeedAsJsonInTheContractShape() throws IOException {
        Path seed = Path.of("src/main/resources/plans/suining-2021-rule-of-law-plan.txt");
        assertThat(run("parse", seed.toString())).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"docNumber\" : \"遂府办函〔2021〕35号\",\n  \"issuer\" : \"遂宁市人民政府办公室\",\n"
                + "  \"issuedOn\" : \"2021-08-02\",\n  \"title\" : \"遂宁市人民政府2021年度法治政府建设重点工作安排\",\n"
                + "  \"addressees\" : [ \"各县(市、区)人民政府\", \"市直园区管委会\", \"市直各部门\" ],\n  \"sections\" : [ {");
        JsonNode tree = JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("sections")).hasSize(7);
        assertThat(tree.get("warnings").isArray()).isTrue();
        assertThat(tree.get("warnings")).isEmpty();
        JsonNode second = tree.get("sections").get(0).get("tasks").get(1);
        assertThat(second.get("label").asString()).isEqualTo("(二)");
        assertThat(second.get("dueDate").isNull()).isTrue();
        assertThat(second.get("sourceLine").asInt()).isEqualTo(11);
        JsonNode lead = second.get("responsibilities").get(0);
        assertThat(lead.get("name").asString()).isEqualTo("市司法局");
        assertThat(lead.get("lead").asBoolean()).isTrue();
        assertThat(lead.get("collective").asBoolean()).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void refusesAnEmptyFileWithOneLineOnStandardError(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertThat(run("parse", empty.toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("empty.txt: 通知内容为空。" + System.lineSeparator());
    }

    @Test
    void failsOnAMissingFileAndOnBadUsage(@TempDir Path dir) {
        assertThat(run("parse", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("cannot read ").doesNotContain("\n\t");
        assertThat(run("parse")).isEqualTo(64);
    }

    @Test
    void honoursASmallerSizeLimit(@TempDir Path dir) throws IOException {
        Path seed = Path.of("src/main/resources/plans/suining-2021-rule-of-law-plan.txt");
        assertThat(run("parse", seed.toString(), "--max-bytes", "100")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("上限为 100 字节");
    }
}
