/**
 * Organization — the registry of government units (单位名录) every other module refers to by id: kinds,
 * parents, full names, short names and aliases in one normalised namespace, collective terms
 * (市直各部门, 各县(市、区)政府 …) and how they expand. Other modules use {@link org.fazhi.organization.UnitDirectory}
 * to look units up and to resolve written names, and listen to {@link org.fazhi.organization.UnitsMerged}
 * to move their references.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.fazhi.organization;
