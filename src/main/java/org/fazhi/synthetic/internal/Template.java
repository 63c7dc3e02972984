package org.fazhi.synthetic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.ingest.NoticeParser;
import org.fazhi.plan.ingest.ParseResult;
import org.fazhi.plan.ingest.ParsedNotice;
import org.fazhi.plan.ingest.ParsedSection;
import org.fazhi.plan.ingest.ParsedTask;
import org.fazhi.plan.ingest.Responsibility;

/**
 * The model every generated plan copies: the bundled Suining 2021 notice (遂府办函〔2021〕35号), parsed by the
 * plan module's own parser, its responsible units resolved against the registry the way an import resolves
 * them (a recorded name is its unit, a collective term expands, 市直有关部门 stays one row to be designated,
 * unknown names are left out), and each resolved unit also located in the seed list so a synthetic city can
 * put its own counterpart in its place.
 */
final class Template {

    static final String NOTICE = "plans/suining-2021-rule-of-law-plan.txt";
    static final String DOC_NUMBER = "遂府办函〔2021〕35号";
    static final String CITY = "遂宁";
    static final int YEAR = 2021;
    /** The notice's own issue day, rewritten in every generated text to the generated issue day. */
    static final String ISSUED_TEXT = "2021年8月2日";

    /**
     * The issue day of a generated plan: 1 March, so the assignments are signed for before the first quarter's
     * reports (the real notice came out on 2 August 2021).
     */
    static java.time.LocalDate issuedIn(int year) {
        return java.time.LocalDate.of(year, 3, 1);
    }

    /** A responsible unit of a task: the seeded city's unit and its index in the seed list (-1 if none). */
    record Ref(Long unitId, int seedIndex, String writtenName, String viaTerm, boolean lead, boolean toDesignate) {
    }

    record Task(ParsedTask parsed, List<Ref> refs) {
    }

    record Section(ParsedSection parsed, List<Task> tasks) {
    }

    private final ParsedNotice notice;
    private final String text;
    private final List<Section> sections;
    private final List<SeedUnit> seedUnits;

    private Template(ParsedNotice notice, String text, List<Section> sections, List<SeedUnit> seedUnits) {
        this.notice = notice;
        this.text = text;
        this.sections = sections;
        this.seedUnits = seedUnits;
    }

    static Template load(UnitDirectory directory) {
        byte[] bytes;
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream(NOTICE)) {
            if (in == null) {
                throw new IllegalStateException(NOTICE + " is not on the class path");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParseResult result = new NoticeParser().parse(bytes, "suining-2021-rule-of-law-plan.txt");
        if (!(result instanceof ParsedNotice notice)) {
            throw new IllegalStateException("the bundled notice no longer parses: " + result);
        }
        List<SeedUnit> seed = SeedUnit.load();
        Map<Long, Integer> seedIndexByUnit = new HashMap<>();
        for (SeedUnit unit : seed) {
            if (directory.resolve(unit.fullName()) instanceof NameResolution.Resolved r) {
                seedIndexByUnit.putIfAbsent(r.unitId(), unit.index());
            }
        }
        List<Section> sections = new ArrayList<>();
        for (ParsedSection section : notice.sections()) {
            List<Task> tasks = new ArrayList<>();
            for (ParsedTask task : section.tasks()) {
                tasks.add(new Task(task, refs(directory, task.responsibilities(), seedIndexByUnit)));
            }
            sections.add(new Section(section, List.copyOf(tasks)));
        }
        return new Template(notice, new String(bytes, StandardCharsets.UTF_8), List.copyOf(sections), seed);
    }

    /** The same resolution as the plan import's (a unit named on its own and through a term counts once). */
    private static List<Ref> refs(UnitDirectory directory, List<Responsibility> named, Map<Long, Integer> seedIndex) {
        Map<Object, Ref> refs = new LinkedHashMap<>();
        for (Responsibility r : named) {
            NameResolution resolution = directory.resolve(r.name());
            if (resolution instanceof NameResolution.Resolved res) {
                put(refs, new Ref(res.unitId(), seedIndex.getOrDefault(res.unitId(), -1), r.name(), null, r.lead(),
                        false));
            } else if (resolution instanceof NameResolution.Collective c && c.awaitingDesignation()) {
                refs.putIfAbsent("term:" + c.term(), new Ref(null, -1, r.name(), c.term(), false, true));
            } else if (resolution instanceof NameResolution.Collective c) {
                c.expandsTo().forEach(id -> put(refs, new Ref(id, seedIndex.getOrDefault(id, -1), r.name(), c.term(),
                        false, false)));
            }
        }
        return List.copyOf(refs.values());
    }

    private static void put(Map<Object, Ref> refs, Ref ref) {
        refs.merge(ref.unitId(), ref, (old, now) -> {
            Ref named = old.viaTerm() == null ? old : now;
            return new Ref(named.unitId(), named.seedIndex(), named.writtenName(), named.viaTerm(),
                    old.lead() || now.lead(), false);
        });
    }

    ParsedNotice notice() {
        return notice;
    }

    String text() {
        return text;
    }

    List<Section> sections() {
        return sections;
    }

    List<SeedUnit> seedUnits() {
        return seedUnits;
    }

    int taskCount() {
        return sections.stream().mapToInt(s -> s.tasks().size()).sum();
    }
}
