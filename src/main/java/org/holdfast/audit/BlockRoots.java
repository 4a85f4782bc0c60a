package org.holdfast.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Inclusion proofs without reading the whole log for each one. Every audit event is a leaf, so the log grows with
 * every read of client content; computing a proof from all its leaves made an evidence pack cost time in proportion
 * to everything the practice ever did (seconds at a million events). The log only grows, so the root of a full,
 * aligned block of {@code block} leaves never changes once the block is full: those roots are kept here, and a
 * proof then reads only the leaves of the blocks it descends into and of the log's unfinished last block.
 * <p>
 * The roots are this node's memory of the log, not a second record of it: each proof is checked against the head
 * before it leaves, and if one fails (the database was restored under a running portal, say) the roots are read
 * again from the database; a proof that still fails means the log does not match its head, and nothing is issued.
 */
final class BlockRoots {

    /** The stored leaf hashes from {@code from} (inclusive) to {@code to} (exclusive), in log order. */
    interface Leaves {
        List<byte[]> read(long from, long to);
    }

    /** Full blocks read in one query while catching up: 16,384 leaves at a time with blocks of 256. */
    private static final int BLOCKS_PER_READ = 64;

    private final int block;
    private final Leaves leaves;
    private final List<byte[]> roots = new ArrayList<>();

    BlockRoots(int block, Leaves leaves) {
        if (Integer.bitCount(block) != 1) {
            throw new IllegalArgumentException("A block must hold a power of two leaves, not " + block);
        }
        this.block = block;
        this.leaves = leaves;
    }

    /**
     * The audit paths (RFC 9162 PATH) of the given leaves in the tree of the first {@code size} leaves, each checked
     * to lead to {@code root}: the same paths as {@link MerkleTree#inclusionProof} over every leaf.
     *
     * @throws IllegalStateException when the stored leaves do not give {@code root}
     */
    synchronized Map<Integer, List<byte[]>> inclusionProofs(int size, byte[] root, Collection<Integer> indices) {
        for (int index : indices) {
            if (index < 0 || index >= size) {
                throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
            }
        }
        Map<Integer, List<byte[]>> proofs = tryProofs(size, root, indices);
        if (proofs == null) {
            roots.clear();
            proofs = tryProofs(size, root, indices);
        }
        if (proofs == null) {
            throw new IllegalStateException("The audit log's stored leaves do not lead to its signed head of " + size);
        }
        return proofs;
    }

    /** Null when a proof does not lead to the root. */
    private Map<Integer, List<byte[]>> tryProofs(int size, byte[] root, Collection<Integer> indices) {
        catchUp(size);
        Reading reading = new Reading(size);
        Map<Integer, List<byte[]>> proofs = new HashMap<>();
        for (int index : indices) {
            List<byte[]> proof = new ArrayList<>();
            reading.path(index, 0, size, proof);
            if (!MerkleTree.verifyInclusion(reading.leaf(index), index, size, proof, root)) {
                return null;
            }
            proofs.put(index, proof);
        }
        // A proof-less call (a client with no records) still checks that the stored log gives the head.
        if (indices.isEmpty() && size > 0 && !Arrays.equals(reading.root(0, size), root)) {
            return null;
        }
        return proofs;
    }

    /**
     * The right edge of the tree of the first {@code size} leaves, from the kept roots and the leaves after the last
     * full block: the same frontier as adding every leaf. A node whose frontier went stale because another
     * node added to the log reads only what was added.
     */
    synchronized Frontier frontier(int size, TreeHead lastHead) {
        keepBelow(size);
        Frontier frontier = build(size);
        // The kept roots are this node's memory: if they do not give the last head the database holds (a database
        // restored or replaced under a running node), the log is read again, as if this node had just started.
        if (lastHead != null && lastHead.size() > 0 && lastHead.size() <= size && !Arrays.equals(new Reading(size).root(0,
                Math.toIntExact(lastHead.size())), HexFormat.of().parseHex(lastHead.root()))) {
            roots.clear();
            frontier = build(size);
        }
        return frontier;
    }

    private Frontier build(int size) {
        catchUp(size);
        Frontier frontier = new Frontier();
        int full = size / block;
        for (int b = 0; b < full; b++) {
            frontier.add(roots.get(b), block);
        }
        if (size > full * block) {
            contiguous(leaves.read((long) full * block, size), size - full * block).forEach(frontier::add);
        }
        return frontier;
    }

    /**
     * Forgets the roots of blocks that reach {@code size} or beyond: after a rollback, the blocks read since the log
     * had that size may hold leaves that never committed; after a restore, the log may have become shorter.
     */
    synchronized void keepBelow(long size) {
        long full = size / block;
        while (roots.size() > full) {
            roots.removeLast();
        }
    }

    /** A leaf row missing from the middle of the log is tampering: no proof or head is built over it. */
    private static List<byte[]> contiguous(List<byte[]> read, int expected) {
        if (read.size() != expected) {
            throw new IllegalStateException("The audit log is missing leaves: " + read.size() + " read where " + expected
                    + " should be");
        }
        return read;
    }

    /** Adds the roots of the blocks that filled since the last call. */
    private void catchUp(int size) {
        int full = size / block;
        while (roots.size() < full) {
            int first = roots.size();
            int last = Math.min(full, first + BLOCKS_PER_READ);
            List<byte[]> read = contiguous(leaves.read((long) first * block, (long) last * block), (last - first) * block);
            for (int b = 0; b < last - first; b++) {
                roots.add(MerkleTree.root(read.subList(b * block, (b + 1) * block), block));
            }
        }
    }

    /** One call's view of the tree: the kept block roots, and the leaves of the blocks it needs, read once each. */
    private final class Reading {

        private final int size;
        private final Map<Integer, List<byte[]>> blockLeaves = new HashMap<>();
        private final Map<Long, byte[]> subtrees = new HashMap<>();

        Reading(int size) {
            this.size = size;
        }

        byte[] leaf(int index) {
            int b = index / block;
            return blockLeaves.computeIfAbsent(b, n -> contiguous(leaves.read((long) n * block,
                    Math.min((long) (n + 1) * block, size)), Math.min(block, size - n * block))).get(index - b * block);
        }

        /** MTH(D[from:to]) of at least one leaf, from the kept roots wherever a full block is covered. */
        byte[] root(int from, int to) {
            int n = to - from;
            if (n < 1) {
                throw new IllegalArgumentException("No subtree from " + from + " to " + to);
            }
            if (n == 1) {
                return leaf(from);
            }
            if (n == block && from % block == 0 && from / block < roots.size()) {
                return roots.get(from / block);
            }
            long key = (long) from << 32 | to;
            byte[] known = subtrees.get(key);
            if (known == null) {
                int k = MerkleTree.largestPowerOfTwoBelow(n);
                known = MerkleTree.nodeHash(root(from, from + k), root(from + k, to));
                subtrees.put(key, known);
            }
            return known;
        }

        /** RFC 9162 2.1.3.1, as {@link MerkleTree#inclusionProof}. */
        void path(int m, int from, int to, List<byte[]> proof) {
            int n = to - from;
            if (n == 1) {
                return;
            }
            int k = MerkleTree.largestPowerOfTwoBelow(n);
            if (m < from + k) {
                path(m, from, from + k, proof);
                proof.add(root(from + k, to));
            } else {
                path(m, from + k, to, proof);
                proof.add(root(from, from + k));
            }
        }
    }
}
