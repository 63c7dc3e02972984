/**
 * Platform — the ground every module stands on: the database (embedded PostgreSQL by default, an
 * external server when configured), locale and message handling, the UI shell and the home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fazhi.platform;
