package dev.faibric.limits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** The periods quotas count in: the UTC day and the UTC month an instant falls in. */
record QuotaWindows(Instant dayStart, Instant dayEnd, Instant monthStart, Instant monthEnd) {

    static QuotaWindows at(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate firstOfMonth = today.with(TemporalAdjusters.firstDayOfMonth());
        return new QuotaWindows(start(today), start(today.plusDays(1)), start(firstOfMonth),
                start(firstOfMonth.plusMonths(1)));
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

}
