<#import "blocks.txt.ftl" as k>
${title}
<#list 1..title?length as i>=</#list>

<#if buyer??>
${t["doc.buyer"]}: ${buyer}
</#if>
<#if reference??>
${t["doc.reference"]}: ${reference}
</#if>
<#if date??>
${t["doc.date"]}: ${date}
</#if>
<#if cpv?has_content>
${t["doc.cpv"]}: ${cpv?join(", ")}
</#if>
<#if estimatedValue??>
${t["doc.value"]}: ${estimatedValue}
</#if>
${t["doc.bank"]}: ${bank.label} (${bank.releaseDate})

${t["doc.trace"]?replace("{0}", bank.label)}
<#if environment??>


${environment.heading}
<#list 1..environment.heading?length as i>-</#list>

${environment.option}
<#if environment.justification??>

${t["doc.justification"]}: ${environment.justification}
</#if>
</#if>
<#list sections as s>


${s.number} ${s.heading}
<#list 1..(s.number?string?length + 1 + s.heading?length) as i>-</#list>
<#if s.awardModel && award??>

<#if award.weighting == "PRIORITY">${t["doc.priorityIntro"]}<#else>${t["doc.awardIntro"]}</#if>

<#list award.components as a>
- <#if award.weighting == "PRIORITY">${a.priority}. </#if>${a.name}<#if a.category != a.name> (${a.category})</#if><#if a.weight??>: ${a.weight}</#if><#if a.criteria?has_content>. ${t["doc.uses"]}: <#list a.criteria as r>${r.id} ${r.title}<#sep>; </#sep></#list></#if>
<#if a.description??>
  ${a.description}
</#if>
</#list>
<#if award.weighting == "WEIGHTS">
${t["doc.total"]}: ${award.total}
</#if>
</#if>
<#list s.clauses as c>

${c.rendered}
</#list>
</#list>
<#list additions as a>


${a.title}
<#list 1..a.title?length as i>-</#list>

<@k.blocks a.blocks/>
</#list>
<#if documentation?has_content>


${t["doc.documentation"]}
<#list 1..t["doc.documentation"]?length as i>-</#list>

${t["doc.documentationIntro"]}
<#list documentation as g>

${g.due}:
<#list g.items as d>
- ${d.clauseNumber} ${d.clauseTitle} [${d.clauseKey}]: ${d.type}. ${d.text}<#if d.equivalent> ${t["clause.equivalent"]}</#if>
</#list>
</#list>
</#if>
