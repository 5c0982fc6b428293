<#import "walk.ftl" as w>
<@w.root/>
