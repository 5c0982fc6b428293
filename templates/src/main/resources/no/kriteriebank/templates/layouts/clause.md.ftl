<#import "blocks.md.ftl" as k>
<#assign c = clause>
### <#if c.number??>${c.number} </#if>${c.title}

*${c.id}, ${t["clause.revision"]} ${c.revision}*

<@k.blocks c.blocks/>
<#if c.fallback>

*${t["clause.fallback"]}*
</#if>
<#if c.award??>

**${t["clause.scoring"]}:** ${c.award.scoring}.

<@k.blocks c.award.scale/>
</#if>
<#if c.note?has_content>

**${t["clause.note"]}:**

<@k.blocks c.note/>
</#if>
<#if c.documentation?has_content>

**${t["clause.documentation"]}:**

<#list c.documentation as d>
- ${d.type} (${d.due?lower_case}): ${d.text}<#if d.equivalent> ${t["clause.equivalent"]}</#if>
</#list>
</#if>
<#if c.guidance??>

> **${t["clause.guidance"]}:**
>
<#list c.guidance as b>
<#if b.type == "p">
> ${b.text}
<#else>
<#list b.items as item>
> - ${item}
</#list>
</#if>
<#sep>
>
</#sep>
</#list>
</#if>
