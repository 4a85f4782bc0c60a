/** No-contact plans: the person, the purpose, the period and the plan's status. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security", "clients" })
package org.holdfast.plans;
