package org.holdfast.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The audit log signs its heads on a schedule; {@code holdfast.audit.scheduled=false} leaves it to the caller. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {
}
