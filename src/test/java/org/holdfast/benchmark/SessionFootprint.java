package org.holdfast.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.netbeans.lib.profiler.heap.FieldValue;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.ObjectArrayInstance;
import org.netbeans.lib.profiler.heap.ObjectFieldValue;
import org.netbeans.lib.profiler.heap.PrimitiveArrayInstance;

/**
 * What each open session alone holds, read from a heap dump of live objects: every object reachable from one HTTP
 * session (Vaadin's session, its pages and their components, the signed-in user) and from no other, sized as the
 * JVM lays it out (12-byte headers and 4-byte references, compressed; 8-byte alignment). The walk stops at what all
 * sessions share (classes, Spring's beans and proxies, Hibernate, the servlet container), and anything two sessions
 * reach is shared, not counted. Unlike the difference of two whole-heap histograms, this does not move when caches,
 * buffers or other sessions come and go between the two.
 */
final class SessionFootprint {

    /** One session: the bytes it alone holds, whether it shows the page looked for, and its largest classes. */
    record Footprint(long bytes, boolean showing, Map<String, long[]> classes) {
    }

    private final Heap heap;

    SessionFootprint(Path dump) throws IOException {
        this.heap = HeapFactory.createHeap(dump.toFile());
    }

    /** Every HTTP session in the dump; {@code view} (a class's simple name) marks the ones showing that page. */
    List<Footprint> sessions(String view) {
        JavaClass type = heap.getJavaClassByName("org.apache.catalina.session.StandardSession");
        List<Map<Long, Instance>> reached = new ArrayList<>();
        Map<Long, Integer> reachedBy = new HashMap<>();
        for (Instance session : type.getInstances()) {
            Map<Long, Instance> objects = walk(session);
            reached.add(objects);
            objects.keySet().forEach(id -> reachedBy.merge(id, 1, Integer::sum));
        }
        List<Footprint> footprints = new ArrayList<>();
        for (Map<Long, Instance> objects : reached) {
            long bytes = 0;
            boolean showing = false;
            Map<String, long[]> classes = new HashMap<>();
            for (Instance object : objects.values()) {
                String name = object.getJavaClass().getName();
                showing |= name.endsWith("." + view);
                if (reachedBy.get(object.getInstanceId()) == 1) {
                    long size = jvmSize(object);
                    bytes += size;
                    long[] row = classes.computeIfAbsent(name, k -> new long[2]);
                    row[0]++;
                    row[1] += size;
                }
            }
            footprints.add(new Footprint(bytes, showing, classes));
        }
        return footprints;
    }

    /** The model's size of every object in the dump, to hold against the JVM's own total. */
    long wholeHeap() {
        long total = 0;
        for (Instance object : heap.getAllInstances()) {
            total += jvmSize(object);
        }
        return total;
    }

    private static Map<Long, Instance> walk(Instance from) {
        Map<Long, Instance> seen = new HashMap<>();
        ArrayDeque<Instance> next = new ArrayDeque<>();
        seen.put(from.getInstanceId(), from);
        next.add(from);
        while (!next.isEmpty()) {
            Instance object = next.poll();
            for (Instance ref : references(object)) {
                if (!shared(ref.getJavaClass().getName()) && seen.putIfAbsent(ref.getInstanceId(), ref) == null) {
                    next.add(ref);
                }
            }
        }
        return seen;
    }

    private static List<Instance> references(Instance object) {
        List<Instance> refs = new ArrayList<>();
        if (object instanceof ObjectArrayInstance array) {
            for (Object value : array.getValues()) {
                if (value instanceof Instance ref) {
                    refs.add(ref);
                }
            }
        } else {
            for (Object value : object.getFieldValues()) {
                if (value instanceof ObjectFieldValue field && field.getInstance() != null) {
                    refs.add(field.getInstance());
                }
            }
        }
        return refs;
    }

    /** What every session may point at and none owns. */
    private static boolean shared(String type) {
        return type.equals("java.lang.Class") || type.contains("ClassLoader") || type.equals("java.lang.Thread")
                || type.startsWith("java.lang.invoke.") || type.startsWith("java.lang.ref.ReferenceQueue")
                || type.startsWith("org.springframework.") || type.contains("$$SpringCGLIB$$") || type.startsWith("jdk.proxy")
                || type.startsWith("org.hibernate.") || type.startsWith("com.zaxxer.") || type.startsWith("ch.qos.logback.")
                || type.startsWith("org.apache.catalina.core.") || type.startsWith("org.apache.catalina.session.StandardManager")
                || type.startsWith("org.apache.tomcat.util.net.")
                || type.equals("com.vaadin.flow.server.VaadinService") || type.startsWith("com.vaadin.flow.spring.SpringVaadinServletService")
                || type.startsWith("com.vaadin.flow.server.VaadinServletService") || type.contains("RouteRegistry");
    }

    /** The object's size as a 64-bit JVM with compressed references and class pointers lays it out. */
    static long jvmSize(Instance object) {
        if (object instanceof ObjectArrayInstance array) {
            return align(16 + 4L * array.getLength());
        }
        if (object instanceof PrimitiveArrayInstance array) {
            String type = object.getJavaClass().getName();
            return align(16 + (long) width(type.substring(0, type.length() - 2)) * array.getLength());
        }
        long fields = 0;
        for (Object value : object.getFieldValues()) {
            fields += width(((FieldValue) value).getField().getType().getName());
        }
        return align(12 + fields);
    }

    private static int width(String type) {
        return switch (type) {
            case "boolean", "byte" -> 1;
            case "char", "short" -> 2;
            case "long", "double" -> 8;
            default -> 4; // int, float and, compressed, a reference
        };
    }

    private static long align(long bytes) {
        return (bytes + 7) / 8 * 8;
    }
}
