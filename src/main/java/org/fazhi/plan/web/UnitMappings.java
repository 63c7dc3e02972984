package org.fazhi.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.organization.UnitPicker;
import org.fazhi.organization.UnitView;

/**
 * The import preview's mapping of unknown responsible-unit names to registry units, as submitted: each row's unit
 * is typed (a name or an id, at province scale) or chosen from a select; a row whose text names no unit keeps the
 * text and shows the message, and the other rows keep theirs. A row may also carry a message of its own (e.g. why
 * the unit asked for by its 新建单位 button was not created), shown next to its field with the text kept.
 */
final class UnitMappings {

    /**
     * One mapping row.
     *
     * @param name the name written in the notice
     * @param pick the row's unit field
     * @param unknown true while the name resolves to nothing (it may still be created as a new unit)
     */
    record Row(String name, UnitPicker.UnitPick pick, boolean unknown) {
    }

    /** A row's own message. */
    private record Message(String key, Object[] args) {
    }

    private final Map<String, UnitPicker.UnitField> fields;
    private final Map<String, Message> messages;

    private UnitMappings(Map<String, UnitPicker.UnitField> fields, Map<String, Message> messages) {
        this.fields = fields;
        this.messages = messages;
    }

    static UnitMappings none() {
        return new UnitMappings(Map.of(), Map.of());
    }

    /** The rows as submitted: {@code names[i]} mapped to what {@code units[i]} names (blank: not mapped). */
    static UnitMappings read(UnitPicker picker, List<String> names, List<String> units) {
        Map<String, UnitPicker.UnitField> fields = new LinkedHashMap<>();
        if (names != null && units != null) {
            for (int i = 0; i < Math.min(names.size(), units.size()); i++) {
                fields.put(names.get(i), picker.read(units.get(i)));
            }
        }
        return new UnitMappings(fields, Map.of());
    }

    /** The same rows, the one of {@code name} showing the message {@code key} (its text kept). */
    UnitMappings withMessage(String name, String key, Object... args) {
        Map<String, Message> all = new LinkedHashMap<>(messages);
        all.put(name, new Message(key, args));
        return new UnitMappings(fields, all);
    }

    /** The names mapped to a unit. */
    Map<String, Long> resolved() {
        Map<String, Long> map = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (field.unitId() != null) {
                map.put(name, field.unitId());
            }
        });
        return map;
    }

    /** True when a row's text names no unit (nothing may be imported then). */
    boolean failed() {
        return fields.values().stream().anyMatch(UnitPicker.UnitField::failed);
    }

    /** The rows to show: those submitted (in their order, as typed) and then the names still unknown. */
    List<Row> rows(UnitPicker picker, List<UnitView> units, List<String> unknownNames) {
        Set<String> names = new LinkedHashSet<>(fields.keySet());
        names.addAll(messages.keySet());
        names.addAll(unknownNames);
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            UnitPicker.UnitField field = fields.getOrDefault(name, UnitPicker.UnitField.of(null));
            UnitPicker.UnitPick pick = picker.pick(units, field);
            Message message = messages.get(name);
            rows.add(new Row(name, message == null ? pick : pick.failing(message.key(), message.args()),
                    unknownNames.contains(name)));
        }
        return rows;
    }
}
