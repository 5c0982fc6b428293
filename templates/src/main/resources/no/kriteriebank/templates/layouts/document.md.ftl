<#import "blocks.md.ftl" as k>
# ${title}

<#if buyer??>
- **${t["doc.buyer"]}:** ${buyer}
</#if>
<#if reference??>
- **${t["doc.reference"]}:** ${reference}
</#if>
<#if date??>
- **${t["doc.date"]}:** ${date}
</#if>
<#if cpv?has_content>
- **${t["doc.cpv"]}:** ${cpv?join(", ")}
</#if>
<#if estimatedValue??>
- **${t["doc.value"]}:** ${estimatedValue}
</#if>
- **${t["doc.bank"]}:** ${bank.label} (${bank.releaseDate})

*${t["doc.trace"]?replace("{0}", bank.label)}*
<#if environment??>

## ${environment.heading}

${environment.option}
<#if environment.justification??>

**${t["doc.justification"]}:** ${environment.justification}
</#if>
</#if>
<#list sections as s>

## ${s.number} ${s.heading}
<#if s.awardModel && award??>

<#if award.weighting == "PRIORITY">${t["doc.priorityIntro"]}<#else>${t["doc.awardIntro"]}</#if>

<#if award.weighting == "PRIORITY">
| ${t["doc.priority"]} | ${t["doc.component"]} | ${t["doc.category"]} | ${t["doc.uses"]} |
| ---: | --- | --- | --- |
<#list award.components as a>
| ${a.priority!""} | ${a.name} | ${a.category} | <#list a.criteria as r>${r.id} ${r.title}<#sep>; </#sep></#list> |
</#list>
<#else>
| ${t["doc.component"]} | ${t["doc.category"]} | ${t["doc.weight"]} | ${t["doc.uses"]} |
| --- | --- | ---: | --- |
<#list award.components as a>
| ${a.name} | ${a.category} | ${a.weight!""} | <#list a.criteria as r>${r.id} ${r.title}<#sep>; </#sep></#list> |
</#list>
| **${t["doc.total"]}** | | **${award.total}** | |
</#if>
<#list award.components as a>
<#if a.description??>

**${a.name}:** ${a.description}
</#if>
</#list>
</#if>
<#list s.clauses as c>

${c.rendered}
</#list>
</#list>
<#list additions as a>

## ${a.title}

<@k.blocks a.blocks/>
</#list>
<#if documentation?has_content>

## ${t["doc.documentation"]}

${t["doc.documentationIntro"]}
<#list documentation as g>

**${g.due}:**

<#list g.items as d>
- ${d.clauseNumber} ${d.clauseTitle} (${d.clauseKey}): ${d.type}. ${d.text}<#if d.equivalent> ${t["clause.equivalent"]}</#if>
</#list>
</#list>
</#if>
