/**
 * Platform — the ground every module stands on: the database (embedded PostgreSQL by default, an
 * external server when configured), locale and message handling, the UI shell and the home page, and the
 * versions by which in-process caches follow writes on every instance sharing the database ({@link org.fazhi.platform.Changes}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fazhi.platform;
