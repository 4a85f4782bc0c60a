/**
 * Small helpers with no clinical meaning: time, database dialect detection, formatting.
 * Every module may use it; it uses no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.holdfast.shared;
