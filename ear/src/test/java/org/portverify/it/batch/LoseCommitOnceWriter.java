package org.portverify.it.batch;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.portverify.interfaces.batch.FigureWriter;

/**
 * Test only: the figure writer of the system test of a lost commit. Armed with the system property
 * {@value #PROPERTY} = {@code <n>}, the n-th chunk it writes is rolled back at commit, once (the property is cleared):
 * its items are written and JBeret has saved the step's checkpoint through the job repository, which does not take
 * part in the chunk's transaction, before the chunk's transaction fails. That is the window in which a server killed
 * between the two leaves a checkpoint ahead of the data (issue 13), made deterministic.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@Named("figureWriter")
@Dependent
public class LoseCommitOnceWriter extends FigureWriter {

    public static final String PROPERTY = "portverify.test.lose-commit";

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private long chunks;

    @Override
    public void writeItems(List<Object> items) {
        super.writeItems(items);
        long chunk = ++chunks;
        String armed = System.getProperty(PROPERTY);
        if (armed != null && armed.equals(String.valueOf(chunk))) {
            System.clearProperty(PROPERTY);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    transactions.setRollbackOnly();
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing: the rollback is the point
                }
            });
        }
    }
}
