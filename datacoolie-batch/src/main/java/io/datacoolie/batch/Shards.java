package io.datacoolie.batch;

import io.datacoolie.api.DataFlow;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Job sharding (reference §5.3): by group_number modulo job_num, else by the MD5 of the dataflow id. */
final class Shards {
    private Shards() {
    }

    static boolean mine(DataFlow d, int jobNum, int jobIndex) {
        if (jobNum <= 1) {
            return true;
        }
        if (d.groupNumber() != null) {
            return Math.floorMod(d.groupNumber(), jobNum) == jobIndex;
        }
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(d.dataflowId().getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, md5).mod(BigInteger.valueOf(jobNum)).intValue() == jobIndex;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
