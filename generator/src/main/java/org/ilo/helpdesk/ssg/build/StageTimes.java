package org.ilo.helpdesk.ssg.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time of each stage of one build, in the order the stages ran: what benchmarks report. */
final class StageTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the stage that started at the previous call (or at construction) and names it. */
    void end(String stage) {
        long now = System.nanoTime();
        millis.merge(stage, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    /** Records a figure measured apart from the sequence of stages, such as time summed over threads. */
    void add(String name, long value) {
        millis.merge(name, value, Long::sum);
    }

    Map<String, Long> millis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
