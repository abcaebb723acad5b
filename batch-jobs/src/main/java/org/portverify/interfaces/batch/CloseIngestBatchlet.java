package org.portverify.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.IngestClosing;

/**
 * Step {@code close-ingest}: applies the package-level rules and accepts or rejects, all or nothing, every version
 * this execution ingested, in phases each committed on its own ({@link IngestClosing}): a restarted step resumes
 * each version's close where it stopped. Exit status e.g. {@code POLA v2=ACCEPTED,POLB v1=REJECTED}, or {@code NONE}.
 */
@Named("closeIngest")
@Dependent
public class CloseIngestBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private IngestClosing closing;

    @Override
    public String process() {
        String closed = String.join(",", closing.closeIngestOf(job.getExecutionId()));
        return closed.isEmpty() ? "NONE" : closed;
    }
}
