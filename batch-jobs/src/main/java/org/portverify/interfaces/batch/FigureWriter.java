package org.portverify.interfaces.batch;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.SubmissionIntake;

/** Stores a chunk of accepted records in the chunk's transaction. */
@Named("figureWriter")
@Dependent
public class FigureWriter extends AbstractItemWriter {

    @Inject
    private SubmissionIntake intake;

    @Override
    public void writeItems(List<Object> items) {
        intake.store(items);
    }
}
