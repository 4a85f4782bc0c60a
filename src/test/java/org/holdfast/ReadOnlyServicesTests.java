package org.holdfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every service of the content modules reads in one read-only transaction (class level); its write
 * methods say {@code @Transactional} themselves. Without it each repository call opens a transaction of
 * its own, and a page's reads no longer share one connection and persistence context.
 */
class ReadOnlyServicesTests {

    static final List<String> MODULES = List.of("journal", "insights", "plans", "homework", "consent", "safety",
            "clients", "caseload");

    /** Renders a PDF: holding a transaction open while the document is drawn would hold a connection too. */
    static final Set<String> RENDERERS = Set.of("org.holdfast.caseload.CaseloadSummaryReport");

    @Test
    void everyServiceOfTheContentModulesReadsInOneReadOnlyTransaction() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        int checked = 0;
        for (String module : MODULES) {
            for (BeanDefinition bean : scan.findCandidateComponents("org.holdfast." + module)) {
                if (RENDERERS.contains(bean.getBeanClassName())) {
                    continue;
                }
                Class<?> service = Class.forName(bean.getBeanClassName());
                Transactional tx = service.getAnnotation(Transactional.class);
                assertThat(tx).as(service.getSimpleName() + " has a class-level @Transactional").isNotNull();
                assertThat(tx.readOnly()).as(service.getSimpleName() + " reads read-only").isTrue();
                checked++;
            }
        }
        assertThat(checked).as("services found").isGreaterThanOrEqualTo(15);
    }
}
