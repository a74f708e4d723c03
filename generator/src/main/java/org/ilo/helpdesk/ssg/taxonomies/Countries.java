package org.ilo.helpdesk.ssg.taxonomies;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

/**
 * The countries of the hub ({@code data/countries.yaml}): ISO codes and ILO region of each, names from
 * CLDR with per-language overrides where the ILO's official short name differs, and kana readings
 * for Japanese names written in kanji.
 */
public record Countries(List<Country> countries, Map<String, Map<String, String>> names,
                        Map<String, Map<String, String>> readings) {

    /** ICU's display names are immutable and thread-safe; looking them up per name is slow. */
    private static final Map<String, LocaleDisplayNames> DISPLAY_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    public static final List<String> REGIONS = List.of("africa", "americas", "arab-states", "asia-pacific", "europe-central-asia");

    /** A member State. */
    public record Country(String iso2, String iso3, String region) {
    }

    public Countries {
        countries = List.copyOf(countries);
        names = Map.copyOf(names);
        readings = Map.copyOf(readings);
    }

    public static Countries none() {
        return new Countries(List.of(), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return countries.isEmpty();
    }

    public Optional<Country> find(String iso2) {
        return countries.stream().filter(c -> c.iso2().equals(iso2)).findFirst();
    }

    /** The country's name in {@code language}: the ILO's where the data gives one, else CLDR's. */
    public String name(String iso2, String language) {
        String override = names.getOrDefault(language, Map.of()).get(iso2);
        if (override != null) {
            return override;
        }
        return DISPLAY_NAMES.computeIfAbsent(language, l -> LocaleDisplayNames.getInstance(new ULocale(l))).regionDisplayName(iso2);
    }

    /** What the name sorts by: its reading where the data gives one (Japanese kanji), else the name. */
    public String sortKey(String iso2, String language) {
        return readings.getOrDefault(language, Map.of()).getOrDefault(iso2, name(iso2, language));
    }
}
