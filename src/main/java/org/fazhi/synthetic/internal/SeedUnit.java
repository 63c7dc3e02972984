package org.fazhi.synthetic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.UnitKind;

/**
 * One unit of the seeded city's registry as the organization module's seed file lists it
 * ({@code organization/seed-units.txt}); every synthetic city gets one unit for each.
 */
record SeedUnit(int index, UnitKind kind, String fullName) {

    static final String FILE = "organization/seed-units.txt";

    static List<SeedUnit> load() {
        List<SeedUnit> units = new ArrayList<>();
        try (InputStream in = SeedUnit.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                units.add(new SeedUnit(units.size(), UnitKind.valueOf(fields[0].strip()), fields[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(units);
    }
}
