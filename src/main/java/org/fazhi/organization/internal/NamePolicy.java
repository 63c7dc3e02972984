package org.fazhi.organization.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.fazhi.organization.NameNormalizer;
import org.fazhi.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * The rules every written name obeys: not blank, not too long, and free in the one namespace shared by
 * all unit names and collective terms (compared after normalisation). Checked before saving so the
 * user gets a clear message; the database's unique index is the last line behind it.
 */
@Component
public class NamePolicy {

    static final int MAX_LENGTH = 100;
    static final int MAX_FULL_LENGTH = 200;

    private final UnitNames names;
    private final CollectiveTerms terms;
    private final Units units;

    NamePolicy(UnitNames names, CollectiveTerms terms, Units units) {
        this.names = names;
        this.terms = terms;
        this.units = units;
    }

    /** The tidied name; refuses a blank name or one longer than {@code max}. */
    public static String requireWellFormed(String written, int max) {
        String name = NameNormalizer.tidy(written);
        if (NameNormalizer.normalize(name).isEmpty()) {
            throw new DomainException("error.org.name.blank");
        }
        if (name.length() > max) {
            throw new DomainException("error.org.name.tooLong", name, max);
        }
        return name;
    }

    /** Refuses a list of new names in which two are the same after normalisation. */
    public static void requireDistinct(Collection<String> written) {
        Set<String> seen = new HashSet<>();
        for (String name : written) {
            if (!seen.add(NameNormalizer.normalize(name))) {
                throw new DomainException("error.org.name.repeated", name);
            }
        }
    }

    /** The collective terms by normalised key, for checking many names at once. */
    public Map<String, String> termsByKey() {
        Map<String, String> byKey = new HashMap<>();
        terms.findAll().forEach(t -> byKey.put(NameNormalizer.normalize(t.getTerm()), t.getTerm()));
        return byKey;
    }

    /** Refuses a name that is one of the collective terms given by {@link #termsByKey()}. */
    public static void requireNotTerm(String name, Map<String, String> termsByKey) {
        String term = termsByKey.get(NameNormalizer.normalize(name));
        if (term != null) {
            throw new DomainException("error.org.name.collective", name, term);
        }
    }

    /**
     * Refuses {@code name} for unit {@code unitId} (null for a new unit) when a collective term or any
     * unit's name already has its normalised form.
     */
    public void requireFree(String name, Long unitId) {
        String key = NameNormalizer.normalize(name);
        terms.findByNormalized(key).ifPresent(t -> {
            throw new DomainException("error.org.name.collective", name, t.getTerm());
        });
        names.findByNormalized(key).ifPresent(n -> {
            if (unitId != null && n.getUnitId() == unitId) {
                throw new DomainException("error.org.name.own", name, n.getName());
            }
            String owner = units.findById(n.getUnitId()).map(Unit::getFullName).orElse("?");
            throw new DomainException("error.org.name.taken", name, owner, n.getName());
        });
        if (units.existsByFullName(name)) {
            throw new DomainException("error.org.name.mergedUnit", name);
        }
    }
}
