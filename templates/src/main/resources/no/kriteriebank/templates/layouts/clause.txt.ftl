<#import "blocks.txt.ftl" as k>
<#assign c = clause>
<#if c.number??>${c.number} </#if>${c.title} [${c.id}, ${t["clause.revision"]} ${c.revision}]

<@k.blocks c.blocks/>
<#if c.fallback>

(${t["clause.fallback"]})
</#if>
<#if c.award??>

${t["clause.scoring"]}: ${c.award.scoring}.
<@k.blocks c.award.scale/>
</#if>
<#if c.note?has_content>

${t["clause.note"]}:
<@k.blocks c.note/>
</#if>
<#if c.documentation?has_content>

${t["clause.documentation"]}:
<#list c.documentation as d>
<@k.docline d/>
</#list>
</#if>
<#if c.guidance??>

${t["clause.guidance"]}:
<@k.blocks c.guidance/>
</#if>
