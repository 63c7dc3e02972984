package org.fazhi.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line is checked before anything starts. */
class GenerateCommandTest {

    @Test
    void readsScaleSeedAndYears() {
        assertThat(GenerateCommand.Options.parse(new String[] {"generate", "Province", "--seed", "9", "--years", "3"}))
                .isEqualTo(new GenerateCommand.Options(Scale.PROVINCE, 9, 3));
        assertThat(GenerateCommand.Options.parse(new String[] {"generate", "city"}))
                .isEqualTo(new GenerateCommand.Options(Scale.CITY, 2026, 5));
    }

    @Test
    void badUsageExitsWith64AndSaysWhy() {
        assertThat(exit("generate")).contains("usage:");
        assertThat(exit("generate", "county")).contains("unknown scale 'county'");
        assertThat(exit("generate", "city", "--seed")).contains("--seed needs a value");
        assertThat(exit("generate", "city", "--years", "x")).contains("not a number: x");
        assertThat(exit("generate", "city", "--years", "0")).contains("between 1 and 10");
        assertThat(exit("generate", "city", "--force", "1")).contains("unknown option --force");
    }

    private static String exit(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GenerateCommand.run(args, Object.class, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(64);
        return err.toString(StandardCharsets.UTF_8);
    }
}
