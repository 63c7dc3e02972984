package org.fazhi.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fazhi.organization.CollectiveScope;
import org.fazhi.organization.UnitKind;

/**
 * Reads the first-start seed files ({@code organization/seed-units.txt}, {@code seed-collective-terms.txt}):
 * one record a line, fields separated by {@code |}, aliases by {@code ;}, {@code #} starts a comment line.
 * Pure Java, so the seed can be checked by plain unit tests.
 */
public final class SeedFile {

    /** A unit of the seed. */
    public record SeedUnit(UnitKind kind, String fullName, String shortName, List<String> aliases, String parent) {
    }

    public static final String UNITS = "organization/seed-units.txt";
    public static final String TERMS = "organization/seed-collective-terms.txt";

    private SeedFile() {
    }

    /** The seed units, in file order (parents before children). */
    public static List<SeedUnit> units() {
        return lines(UNITS).stream().map(f -> new SeedUnit(UnitKind.valueOf(f[0]), f[1], field(f, 2),
                field(f, 3) == null ? List.of() : Arrays.stream(f[3].split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(), field(f, 4))).toList();
    }

    /** The seed collective terms, in file order. */
    public static List<NameIndex.Term> terms() {
        return lines(TERMS).stream().map(f -> new NameIndex.Term(f[0], CollectiveScope.valueOf(f[1]))).toList();
    }

    private static String field(String[] fields, int i) {
        return i < fields.length && !fields[i].isBlank() ? fields[i].strip() : null;
    }

    private static List<String[]> lines(String resource) {
        InputStream in = SeedFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing seed resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
