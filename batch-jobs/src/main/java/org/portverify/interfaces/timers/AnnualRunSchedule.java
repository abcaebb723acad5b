package org.portverify.interfaces.timers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.portverify.application.ScheduledRuns;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.run.ScheduledRun;
import org.portverify.infrastructure.ServerSettings;

/**
 * The scheduled annual run: a persistent EJB timer that starts {@code annual-verification} for the year just closed.
 * Its calendar comes from the system property {@value #CALENDAR_PROPERTY} (or the environment variable
 * {@code PORTVERIFY_SCHEDULE}): six fields "second minute hour day-of-month month day-of-week" of an EJB
 * {@link ScheduleExpression}, default {@value #DEFAULT_CALENDAR} (January 15 at 06:00), or {@code off}; its time
 * zone from {@value #ZONE_PROPERTY} ({@code PORTVERIFY_SCHEDULE_TIMEZONE}), default {@value #DEFAULT_ZONE}.
 * Whoever triggers a year, the timer or {@link #trigger(int)}, the database guard starts it once per reporting year
 * and rules version.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnnualRunSchedule {

    static final String CALENDAR_PROPERTY = "portverify.schedule";
    static final String ZONE_PROPERTY = "portverify.schedule.timezone";
    static final String DEFAULT_CALENDAR = "0 0 6 15 1 *";
    static final String DEFAULT_ZONE = "America/Los_Angeles";
    private static final String TIMER_INFO = "annual-verification";

    private static final Logger LOG = Logger.getLogger(AnnualRunSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private AnnualRunStarter starter;

    @Inject
    private ScheduledRuns scheduledRuns;

    private String calendar;
    private String zone;

    /** What the API shows of the schedule. */
    public record Schedule(String calendar, String timeZone, boolean enabled, String nextTimeout,
                           List<ScheduledRun> guards) {
    }

    @PostConstruct
    void install() {
        calendar = setting(CALENDAR_PROPERTY, "PORTVERIFY_SCHEDULE", DEFAULT_CALENDAR);
        zone = setting(ZONE_PROPERTY, "PORTVERIFY_SCHEDULE_TIMEZONE", DEFAULT_ZONE);
        boolean enabled = !calendar.equalsIgnoreCase("off");
        ScheduleExpression wanted = enabled ? expression(calendar, zone) : null;
        // Persistent timers survive restarts and redeployments: keep the one that matches, cancel any other.
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            if (wanted != null && !present && TIMER_INFO.equals(timer.getInfo())
                    && timer.getSchedule().toString().equals(wanted.toString())) {
                present = true;
            } else {
                timer.cancel();
            }
        }
        if (wanted != null && !present) {
            timers.createCalendarTimer(wanted, new TimerConfig(TIMER_INFO, true));
        }
        LOG.info(() -> "Annual run schedule: " + (enabled ? "'" + calendar + "' " + zone : "off"));
    }

    /** Parses the six calendar fields; PV-4107 when they are not a schedule. */
    static ScheduleExpression expression(String calendar, String zone) {
        String[] fields = calendar.strip().split("\\s+");
        if (fields.length != 6) {
            throw new RuleViolation(ErrorCode.SCHEDULE_INVALID, CALENDAR_PROPERTY, calendar,
                    "six fields are needed: second minute hour day-of-month month day-of-week");
        }
        try {
            ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new RuleViolation(ErrorCode.SCHEDULE_INVALID, ZONE_PROPERTY, zone, e.getMessage());
        }
        return new ScheduleExpression().second(fields[0]).minute(fields[1]).hour(fields[2]).dayOfMonth(fields[3])
                .month(fields[4]).dayOfWeek(fields[5]).timezone(zone);
    }

    @Timeout
    void fire(Timer timer) {
        int yearJustClosed = ZonedDateTime.now(ZoneId.of(zone)).getYear() - 1;
        trigger(yearJustClosed);
    }

    /**
     * Starts the annual verification of {@code reportingYear} on the server's submissions folder unless its guard
     * says it was already started; used by the timer and by tests.
     *
     * @return the execution started, or empty when it had already been started
     */
    @Lock(LockType.READ)
    public Optional<Long> trigger(int reportingYear) {
        return trigger(reportingYear, System.getProperty(ServerSettings.SUBMISSIONS_DIR));
    }

    /** As {@link #trigger(int)}, reading the ports' packages from {@code submissionsDir}. */
    @Lock(LockType.READ)
    public Optional<Long> trigger(int reportingYear, String submissionsDir) {
        try {
            long executionId = starter.startOnce(reportingYear, "schedule", submissionsDir);
            LOG.info(() -> "Scheduled run of " + reportingYear + " started: execution " + executionId);
            return Optional.of(executionId);
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            String rules = scheduledRuns.rulesVersion(reportingYear);
            String by = scheduledRuns.guards(reportingYear).stream().filter(g -> g.getRulesVersion().equals(rules))
                    .findFirst().map(g -> String.valueOf(g.getExecutionId())).orElse("unknown");
            LOG.log(Level.INFO, ErrorCode.RUN_ALREADY_STARTED.message(reportingYear, rules, by));
            LOG.log(Level.FINE, "The guard refused the insert", e);
            return Optional.empty();
        }
    }

    /** The calendar, time zone, next timeout and every guard. */
    @Lock(LockType.READ)
    public Schedule schedule() {
        String next = timers.getTimers().stream().filter(t -> TIMER_INFO.equals(t.getInfo())).findFirst()
                .map(Timer::getNextTimeout).map(Date::toInstant).map(Instant::toString).orElse(null);
        return new Schedule(calendar, zone, !calendar.equalsIgnoreCase("off"), next, scheduledRuns.guards());
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
