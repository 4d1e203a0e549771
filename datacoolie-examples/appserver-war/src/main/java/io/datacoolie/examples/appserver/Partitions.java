package io.datacoolie.examples.appserver;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.StepExecution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jberet.operations.AbstractJobOperator;
import org.jberet.operations.DelegatingJobOperator;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.PartitionExecutionImpl;
import org.jberet.runtime.StepExecutionImpl;

/**
 * The partitions of a step execution, read from the server's JBeret job repository: Jakarta Batch's standard API
 * stops at steps. WildFly exposes jberet-core to batch deployments; on another runtime the list is empty.
 */
final class Partitions {

    private Partitions() {
    }

    static List<Map<String, Object>> of(JobOperator operator, StepExecution step) {
        JobRepository repository = repository(operator);
        if (repository == null || !(step instanceof StepExecutionImpl)) {
            return List.of();
        }
        List<PartitionExecutionImpl> partitions = new ArrayList<>(repository.getPartitionExecutions(
                step.getStepExecutionId(), (StepExecutionImpl) step, false, Partitions.class.getClassLoader()));
        partitions.sort(Comparator.comparingInt(PartitionExecutionImpl::getPartitionId));
        List<Map<String, Object>> out = new ArrayList<>();
        for (PartitionExecutionImpl p : partitions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("partition", p.getPartitionId());
            m.put("batchStatus", String.valueOf(p.getBatchStatus()));
            m.put("exitStatus", p.getExitStatus());
            out.add(m);
        }
        return out;
    }

    private static JobRepository repository(JobOperator operator) {
        JobOperator target = operator instanceof DelegatingJobOperator
                ? ((DelegatingJobOperator) operator).getDelegate() : operator;
        return target instanceof AbstractJobOperator ? ((AbstractJobOperator) target).getJobRepository() : null;
    }
}
