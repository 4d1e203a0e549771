package io.datacoolie.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.datacoolie.api.DataFlow;
import io.datacoolie.api.InvalidDataflowException;
import io.datacoolie.api.RunConfig;
import io.datacoolie.api.spi.MetadataProvider;
import io.datacoolie.metadata.internal.Json;
import io.datacoolie.metadata.internal.Suggestions;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which dataflows a run takes (reference §5.2, §5.3): the stage filter, active-only, job sharding across processes
 * ({@code job_num}/{@code job_index}), and grouping by {@code group_number} in {@code execution_order}.
 */
public final class DataflowSelection {
    private DataflowSelection() {
    }

    /**
     * Parses a stage filter: null, {@code "a"}, {@code "a,b"} (split and trimmed), a JSON-array string, or a
     * collection. A blank or empty result means no filter.
     *
     * @param stage the filter as given
     * @return the stages to keep, in the given order; empty means every stage
     * @throws InvalidDataflowException for a malformed JSON array
     */
    public static Set<String> parseStages(Object stage) {
        Set<String> out = new LinkedHashSet<>();
        if (stage instanceof Collection<?> c) {
            c.forEach(s -> addStage(out, s));
        } else if (stage instanceof String s && s.trim().startsWith("[")) {
            try {
                JsonNode array = Json.parse(s.trim());
                array.forEach(n -> addStage(out, n.isTextual() ? n.asText() : n.toString()));
            } catch (JsonProcessingException e) {
                throw new InvalidDataflowException("Stage filter '" + s + "' is not a valid JSON array ("
                        + Json.describe(e) + "). Write it as a,b or [\"a\", \"b\"].", e);
            }
        } else if (stage != null) {
            for (String part : stage.toString().split(",")) {
                addStage(out, part);
            }
        }
        return out;
    }

    private static void addStage(Set<String> out, Object s) {
        if (s != null && !s.toString().isBlank()) {
            out.add(s.toString().trim());
        }
    }

    /**
     * @param dataflows dataflows in provider order
     * @param stages stages to keep, exact and case-sensitive; empty keeps every stage
     * @param activeOnly when true, inactive dataflows are left out
     * @return the kept dataflows, in the same order
     */
    public static List<DataFlow> filter(List<DataFlow> dataflows, Set<String> stages, boolean activeOnly) {
        return dataflows.stream().filter(d -> !activeOnly || d.active())
                .filter(d -> stages.isEmpty() || (d.stage() != null && stages.contains(d.stage()))).toList();
    }

    /**
     * Picks dataflows by name or id (the command line's {@code --dataflow}), in the order asked for.
     *
     * @param dataflows the dataflows to pick from
     * @param namesOrIds names or ids; each must match exactly one dataflow
     * @return the picked dataflows, without repeats
     * @throws InvalidDataflowException naming every unknown value, with the closest name
     */
    public static List<DataFlow> pick(List<DataFlow> dataflows, Collection<String> namesOrIds) {
        return pick(dataflows, namesOrIds, dataflows.stream().map(DataFlow::displayName).toList());
    }

    /**
     * @param dataflows the dataflows to pick from
     * @param namesOrIds names or ids; each must match exactly one dataflow
     * @param known every name the error message lists (and suggests from) when a value is unknown
     * @return the picked dataflows, without repeats
     * @throws InvalidDataflowException naming every unknown value, with the closest name
     */
    static List<DataFlow> pick(List<DataFlow> dataflows, Collection<String> namesOrIds, List<String> known) {
        Set<DataFlow> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String wanted : namesOrIds) {
            dataflows.stream().filter(d -> wanted.equals(d.dataflowId()) || wanted.equals(d.name())).findFirst()
                    .ifPresentOrElse(out::add, () -> unknown.add(wanted));
        }
        if (!unknown.isEmpty()) {
            List<String> names = known;
            StringBuilder msg = new StringBuilder();
            for (String u : unknown) {
                String hint = Suggestions.didYouMean(u, names);
                msg.append(msg.length() == 0 ? "" : " ").append("Unknown dataflow '").append(u).append('\'')
                        .append(hint.isEmpty() ? "." : hint);
            }
            throw new InvalidDataflowException(msg + " Known dataflows: " + String.join(", ", names) + ".");
        }
        return List.copyOf(out);
    }

    /**
     * Loads dataflows the way the driver's {@code loadDataflows} does: provider filter, then this process's shard.
     *
     * @param provider the metadata provider
     * @param stage the stage filter as given (see {@link #parseStages})
     * @param activeOnly when true, inactive dataflows are left out
     * @param run supplies job_num and job_index
     * @return this process's dataflows, in provider order
     */
    public static List<DataFlow> load(MetadataProvider provider, Object stage, boolean activeOnly, RunConfig run) {
        return shard(provider.dataflows(parseStages(stage), activeOnly), run.jobNum(), run.jobIndex());
    }

    /**
     * @param dataflows dataflows in order
     * @param jobNum number of processes, at least 1
     * @param jobIndex this process, {@code 0 <= jobIndex < jobNum}
     * @return the active dataflows whose shard is {@code jobIndex}, in the same order
     */
    public static List<DataFlow> shard(List<DataFlow> dataflows, int jobNum, int jobIndex) {
        if (jobNum < 1 || jobIndex < 0 || jobIndex >= jobNum) {
            throw new IllegalArgumentException("need 0 <= jobIndex < jobNum, got " + jobIndex + " and " + jobNum);
        }
        return dataflows.stream().filter(DataFlow::active).filter(d -> shardOf(d, jobNum) == jobIndex).toList();
    }

    /**
     * The original's JobDistributor: {@code floorMod(group_number, jobNum)} when the dataflow has a group, else
     * {@code md5(dataflow_id)} as an unsigned integer mod jobNum. For jobNum 4: {@code df-1} is 3, {@code df-2}
     * and {@code abc} are 2.
     *
     * @param dataflow the dataflow
     * @param jobNum number of processes, at least 1
     * @return its shard
     */
    public static int shardOf(DataFlow dataflow, int jobNum) {
        if (jobNum == 1) {
            return 0;
        }
        return dataflow.groupNumber() != null ? Math.floorMod(dataflow.groupNumber(), jobNum)
                : hashShard(dataflow.dataflowId(), jobNum);
    }

    /**
     * @param dataflowId an id
     * @param jobNum number of processes
     * @return {@code int(md5(id).hexdigest(), 16) % jobNum}
     */
    public static int hashShard(String dataflowId, int jobNum) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(dataflowId.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, md5).mod(BigInteger.valueOf(jobNum)).intValue();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides MD5", e);
        }
    }

    /**
     * Groups by {@code group_number} (null is a group of its own), groups in order of first appearance, each
     * stable-sorted by {@code execution_order} (null as 0).
     *
     * @param dataflows dataflows in order
     * @return group number (possibly null) to its dataflows
     */
    public static Map<Integer, List<DataFlow>> groups(List<DataFlow> dataflows) {
        Map<Integer, List<DataFlow>> out = new LinkedHashMap<>();
        for (DataFlow d : dataflows) {
            out.computeIfAbsent(d.groupNumber(), g -> new ArrayList<>()).add(d);
        }
        out.replaceAll((g, list) -> {
            list.sort(Comparator.comparingInt(DataFlow::executionOrderOrZero));
            return List.copyOf(list);
        });
        return out;
    }
}
