package org.holdfast.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a Merkle tree: the roots of its complete subtrees, largest first (one per set bit of its
 * size). Enough to add a leaf and to give the RFC 9162 root, in memory that grows with log2 of the size.
 */
final class Frontier {

    private final List<byte[]> roots = new ArrayList<>();
    private final List<Long> sizes = new ArrayList<>();
    private long size;

    void add(byte[] leaf) {
        add(leaf, 1);
    }

    /**
     * Adds a complete subtree of {@code leaves} leaves (a power of two, no more than the smallest subtree already
     * here): the same frontier as adding its leaves one by one, without reading them.
     */
    void add(byte[] subtreeRoot, long leaves) {
        if (Long.bitCount(leaves) != 1 || !sizes.isEmpty() && sizes.getLast() < leaves) {
            throw new IllegalArgumentException("A subtree of " + leaves + " leaves cannot join a frontier of " + sizes);
        }
        roots.add(subtreeRoot);
        sizes.add(leaves);
        size += leaves;
        while (sizes.size() > 1 && sizes.getLast().equals(sizes.get(sizes.size() - 2))) {
            byte[] right = roots.removeLast();
            byte[] left = roots.removeLast();
            long half = sizes.removeLast();
            sizes.removeLast();
            roots.add(MerkleTree.nodeHash(left, right));
            sizes.add(half * 2);
        }
    }

    long size() {
        return size;
    }

    /** The subtrees joined from the right, as the RFC's split at the largest power of two does. */
    byte[] root() {
        if (roots.isEmpty()) {
            return MerkleTree.root(List.of(), 0);
        }
        byte[] root = roots.getLast();
        for (int i = roots.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(roots.get(i), root);
        }
        return root;
    }
}
