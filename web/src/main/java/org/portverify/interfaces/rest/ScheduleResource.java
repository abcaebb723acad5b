package org.portverify.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.portverify.domain.run.ScheduledRun;
import org.portverify.interfaces.timers.AnnualRunSchedule;

/** The scheduled annual run: its calendar, time zone and next timeout, and the guard of every year it started. */
@Path("schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @EJB
    private AnnualRunSchedule schedule;

    /** One guard row: a reporting year and rules version started once. */
    public record GuardView(int reportingYear, String rulesVersion, Long executionId, String startedAt,
                            String startedBy, List<String> missingSubmissions) {

        static GuardView of(ScheduledRun guard) {
            return new GuardView(guard.getReportingYear(), guard.getRulesVersion(), guard.getExecutionId(),
                    guard.getStartedAt().toString(), guard.getStartedBy(), guard.getMissingSubmissions());
        }
    }

    /** The schedule as the API shows it. */
    public record ScheduleView(String calendar, String timeZone, boolean enabled, String nextTimeout,
                               List<GuardView> guards) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public ScheduleView get() {
        AnnualRunSchedule.Schedule current = schedule.schedule();
        return new ScheduleView(current.calendar(), current.timeZone(), current.enabled(), current.nextTimeout(),
                current.guards().stream().map(GuardView::of).toList());
    }
}
