package io.datacoolie.api.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ChunkList keeps chunks as boundaries and equals any list of the same chunks; ChunkPlan keeps it uncopied. */
class ChunkListTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2025, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2025, 3, 1);

    @Test
    void ofBoundaries_makesContiguousChunks_equalToAPlainList() {
        ChunkList<LocalDate> list = ChunkList.ofBoundaries(List.of(JAN, FEB, MAR));

        List<Chunk<LocalDate>> plain = List.of(new Chunk<>(0, ChunkInterval.of(JAN, FEB)),
                new Chunk<>(1, ChunkInterval.of(FEB, MAR)));
        assertEquals(plain, list);
        assertEquals(list, plain);
        assertEquals(plain.hashCode(), list.hashCode());
        assertEquals("chunk-0001 [2025-02-01, 2025-03-01)", list.get(1).toString());
        assertEquals(MAR, list.boundary(2));
    }

    @Test
    void builder_rejectsBoundariesThatDoNotAscend() {
        ChunkList.Builder<LocalDate> b = ChunkList.<LocalDate>builder(3).add(JAN).add(FEB);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add(FEB));
        assertEquals("Chunk boundary 2025-02-01 is not after 2025-02-01; chunks must be non-empty and ascending",
                e.getMessage());
        assertThrows(IllegalStateException.class, () -> ChunkList.<LocalDate>builder(1).add(JAN).build());
        assertThrows(IndexOutOfBoundsException.class, () -> ChunkList.ofBoundaries(List.of(JAN, FEB)).get(1));
    }

    @Test
    void chunkPlan_keepsAChunkListAndChecksOtherLists() {
        ChunkList<LocalDate> list = ChunkList.ofBoundaries(List.of(JAN, FEB, MAR));

        assertSame(list, new ChunkPlan<>(null, list).chunks());
        List<Chunk<LocalDate>> gap = List.of(new Chunk<>(0, ChunkInterval.of(JAN, FEB)),
                new Chunk<>(1, ChunkInterval.of(MAR, MAR.plusDays(1))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ChunkPlan<>(null, gap));
        assertEquals("Chunk intervals do not connect: [2025-01-01, 2025-02-01) and [2025-03-01, 2025-03-02)",
                e.getMessage());
    }
}
