package org.portverify.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.portverify.domain.metrics.ReductionMetric;
import org.portverify.domain.metrics.goals.ZeroEmissionShares.PortFleet;
import org.portverify.domain.metrics.progress.EditionComparison;
import org.portverify.domain.metrics.progress.ProgressSettings;
import org.portverify.domain.metrics.progress.QaFlagRecord;
import org.portverify.domain.metrics.progress.RunProgress;
import org.portverify.domain.metrics.progress.SeriesTrendRecord;
import org.portverify.domain.metrics.progress.StandardProgressRecord;
import org.portverify.domain.metrics.progress.ZeroEmissionShareRecord;
import org.portverify.domain.metrics.qa.EditionBaseline;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.VerificationRun;
import org.portverify.domain.submission.Submission;
import org.portverify.infrastructure.persistence.ProgressRepository;
import org.portverify.infrastructure.persistence.SubmissionRepository;

/**
 * Computes a run's CAAP progress once, from its stored metrics, pinned fleet data and the ports' previous editions,
 * and stores it with the settings used. Runs in its own transaction after the metrics were committed, so it reads
 * the metrics exactly as stored: computing it again gives identical rows.
 */
@Stateless
public class CaapProgress {

    @Inject
    private VerificationRuns runs;

    @Inject
    private SubmissionRepository submissions;

    @Inject
    private ProgressRepository progress;

    /**
     * Computes with the settings the run recorded when it opened and replaces whatever an earlier attempt stored.
     * Each port's previous edition is the one the run recorded (a re-run compares with the original's), otherwise
     * the port's accepted submission of the previous reporting year.
     *
     * @return what was stored
     */
    public RunProgress compute(long executionId) {
        VerificationRun run = runs.run(executionId);
        ProgressSettings settings = run.settings().progress();
        List<Submission> inputs = runs.inputs(executionId);
        Map<Port, Long> recorded = run.getPreviousEditions();
        Map<Port, Long> previousIds = new EnumMap<>(Port.class);
        List<EditionComparison> editions = new ArrayList<>();
        List<PortFleet> fleets = new ArrayList<>();
        for (Submission input : inputs) {
            fleets.add(new PortFleet(input.getPort(), submissions.fleet(input.getId())));
            Optional<Submission> previous = recorded.containsKey(input.getPort())
                    ? Optional.of(submissions.find(recorded.get(input.getPort())))
                    : submissions.current(input.getPort(), input.getReportingYear() - 1);
            previous.ifPresent(p -> {
                previousIds.put(input.getPort(), p.getId());
                editions.add(new EditionComparison(input.getPort(),
                        EditionBaseline.of(p.getEdition(), p.getPort(), submissions.figures(p.getId())),
                        EditionBaseline.of(input.getEdition(), input.getPort(), submissions.figures(input.getId()))));
            });
        }
        List<ReductionMetric> metrics = runs.metrics(executionId);
        RunProgress computed = RunProgress.compute(metrics, fleets, editions, settings);
        run.comparedBaselinesWith(previousIds);
        progress.deleteAll(executionId);
        for (int i = 0; i < computed.standards().size(); i++) {
            progress.add(new StandardProgressRecord(executionId, i, computed.standards().get(i)));
        }
        for (int i = 0; i < computed.trends().size(); i++) {
            progress.add(new SeriesTrendRecord(executionId, i, computed.trends().get(i)));
        }
        for (int i = 0; i < computed.qaFlags().size(); i++) {
            progress.add(new QaFlagRecord(executionId, i, computed.qaFlags().get(i)));
        }
        for (int i = 0; i < computed.zeroEmissionShares().size(); i++) {
            progress.add(new ZeroEmissionShareRecord(executionId, i, computed.zeroEmissionShares().get(i)));
        }
        return computed;
    }
}
