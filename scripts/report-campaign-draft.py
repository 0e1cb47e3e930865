# DRAFT (branch only, remove before landing): writes the semantic XML of bpmn/report-campaign.bpmn to /tmp/s22;
# lay out with bpmn-auto-layout (/tmp/s22/al/layout.mjs), then node scripts/bpmn-format.mjs.
# Generates the semantic part of bpmn/report-campaign.bpmn (layout: bpmn-auto-layout, then scripts/bpmn-format.mjs)
R='<bpmn:extensionElements>\n<camunda:failedJobRetryTimeCycle>R5/PT5M</camunda:failedJobRetryTimeCycle>\n</bpmn:extensionElements>'
flows=[]
def f(id,src,tgt,cond=None):
    flows.append((id,src,tgt,cond))
def io(id):
    inc=''.join(f'<bpmn:incoming>{x[0]}</bpmn:incoming>' for x in flows if x[2]==id)
    out=''.join(f'<bpmn:outgoing>{x[0]}</bpmn:outgoing>' for x in flows if x[1]==id)
    return inc+out
def g(k,agency,role): return "${groups.of(%s, &#39;%s&#39;)}"%(agency,role)
def listeners(id, due):
    if due=='deadline':
        rem="${deadlines.remindBefore(submissionDeadline, execution)}"; esc="${deadlines.escalateAfter(submissionDeadline, execution)}"
    else:
        rem="${deadlines.remindAt(execution)}"; esc="${deadlines.escalateAt(execution)}"
    return f'''<camunda:taskListener delegateExpression="${{campaignFormListener}}" event="create" />
<camunda:taskListener delegateExpression="${{campaignFormListener}}" event="complete" />
<camunda:taskListener delegateExpression="${{deadlineReminderListener}}" event="timeout" id="Reminder_{id}"><bpmn:timerEventDefinition id="TimerEventDefinition_Reminder_{id}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">{rem}</bpmn:timeDate></bpmn:timerEventDefinition></camunda:taskListener>
<camunda:taskListener delegateExpression="${{deadlineEscalationListener}}" event="timeout" id="Escalation_{id}"><bpmn:timerEventDefinition id="TimerEventDefinition_Escalation_{id}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">{esc}</bpmn:timeDate></bpmn:timerEventDefinition></camunda:taskListener>'''
nodes=[]  # (scope, lambda)
def user(scope,id,name,form,groups,due,doc):
    dd = "${deadlines.dueAfter(submissionDeadline, 0, &#39;CALENDAR_DAYS&#39;)}" if due=='deadline' else "${deadlines.due(execution)}"
    nodes.append((scope,lambda: f'<bpmn:userTask id="{id}" name="{name}" camunda:formRef="{form}" camunda:formRefBinding="deployment" camunda:candidateGroups="{groups}" camunda:dueDate="{dd}"><bpmn:documentation>{doc}</bpmn:documentation><bpmn:extensionElements>{listeners(id,due)}</bpmn:extensionElements>{io(id)}</bpmn:userTask>'))
def service(scope,id,name,bean,async_=False):
    a=' camunda:asyncBefore="true"' if async_ else ''
    ext=R if async_ else ''
    nodes.append((scope,lambda: f'<bpmn:serviceTask id="{id}" name="{name}"{a} camunda:delegateExpression="${{{bean}}}">{ext}{io(id)}</bpmn:serviceTask>'))
def gw(scope,id,name=None,default=None):
    n=f' name="{name}"' if name else ''; d=f' default="{default}"' if default else ''
    nodes.append((scope,lambda: f'<bpmn:exclusiveGateway id="{id}"{n}{d}>{io(id)}</bpmn:exclusiveGateway>'))
def start(scope,id,name,timer=None):
    t=f'{R}<bpmn:timerEventDefinition id="TimerEventDefinition_{id}"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">{timer}</bpmn:timeCycle></bpmn:timerEventDefinition>' if timer else ''
    nodes.append((scope,lambda: f'<bpmn:startEvent id="{id}" name="{name}">{io(id)}{t}</bpmn:startEvent>'))
def end(scope,id,name,terminate=False):
    t=f'<bpmn:terminateEventDefinition id="TerminateEventDefinition_{id}" />' if terminate else ''
    nodes.append((scope,lambda: f'<bpmn:endEvent id="{id}" name="{name}">{io(id)}{t}</bpmn:endEvent>'))
def catch(scope,id,name,date):
    nodes.append((scope,lambda: f'<bpmn:intermediateCatchEvent id="{id}" name="{name}">{R}{io(id)}<bpmn:timerEventDefinition id="TimerEventDefinition_{id}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">{date}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>'))

P='process'; C='SubProcess_Collection'; S='SubProcess_Submission'
start(P,'StartEvent_CampaignRequested','Yêu cầu báo cáo')
start(P,'StartEvent_PeriodDue','Hết kỳ báo cáo định kỳ BCĐ 389','0 0 7 15 3,6,9,12 ?')
service(P,'Task_OpenPeriodCampaigns','Mở đợt báo cáo định kỳ cho từng Ban Chỉ đạo 389 tỉnh','openPeriodCampaignsDelegate',True)
end(P,'EndEvent_PeriodCampaignsOpened','Đã mở các đợt báo cáo')
service(P,'Task_OpenCampaign','Mở đợt báo cáo, xác định đơn vị báo cáo và hạn nộp','openCampaignDelegate')
service(P,'Task_ConsolidateFigures','Tổng hợp số liệu các báo cáo đã nộp','consolidateCampaignDelegate')
user(P,'Task_ConsolidateReport','Lập báo cáo tổng hợp','campaign-consolidate',g(0,'requester','staff'),'policy','Chuyên viên đơn vị yêu cầu lập báo cáo tổng hợp từ các báo cáo đã được chấp nhận; số liệu đã được cộng sẵn, các đơn vị chưa nộp được liệt kê.')
service(P,'Task_CloseCampaign','Kết thúc đợt báo cáo, thông báo các đơn vị','closeCampaignDelegate')
end(P,'EndEvent_CampaignClosed','Đợt báo cáo đã kết thúc')
start(C,'StartEvent_CollectionOpened','Bắt đầu thu báo cáo')
end(C,'EndEvent_AllAccepted','Đã nhận đủ báo cáo',True)
gw(C,'Gateway_DeadlinePassed')
service(C,'Task_MarkLateSubmissions','Ghi nhận đơn vị chưa nộp đúng hạn, báo đơn vị yêu cầu','markLateSubmissionsDelegate',True)
user(C,'Task_FollowUp','Đôn đốc đơn vị chưa nộp hoặc kết thúc thu báo cáo','campaign-follow-up',g(0,'requester','staff'),'policy','Đơn vị yêu cầu quyết định: gửi nhắc lần nữa với hạn mới cho các đơn vị chưa nộp, hoặc kết thúc thu báo cáo (các đơn vị chưa nộp được ghi nhận).')
gw(C,'Gateway_FollowUp','Nhắc lại với hạn mới?','Flow_RemindAgain')
service(C,'Task_StartReminderRound','Gửi nhắc, áp dụng hạn nộp mới','startReminderRoundDelegate')
catch(C,'Timer_RoundDeadline','Hết hạn nộp của đợt nhắc','${submissionDeadline}')
end(C,'EndEvent_CollectionClosed','Kết thúc thu báo cáo khi còn đơn vị chưa nộp',True)
start(S,'StartEvent_SubmissionRequested','Đơn vị được yêu cầu báo cáo')
gw(S,'Gateway_Prepare')
gw(S,'Gateway_ReportKind','Loại báo cáo?','Flow_KindBcd389')
user(S,'Task_PrepareBcd389Report','Chuẩn bị báo cáo định kỳ công tác 389','campaign-report-bcd389',g(0,'recipient','staff'),'deadline','Chuyên viên đơn vị được yêu cầu nhập số liệu kỳ báo cáo (kiểm tra, vi phạm, thu nộp ngân sách, hàng tịch thu, vụ chuyển cơ quan điều tra, khởi tố) và nội dung tình hình, kết quả, khó khăn, kiến nghị.')
user(S,'Task_PreparePlanReport','Chuẩn bị báo cáo tình hình thực hiện kế hoạch','campaign-report-plan',g(0,'recipient','staff'),'deadline','Chuyên viên đơn vị được yêu cầu cho biết đã ban hành kế hoạch chưa (số, ngày ban hành; nếu chưa: dự kiến và lý do) và kết quả thực hiện.')
gw(S,'Gateway_Prepared')
user(S,'Task_ApproveReport','Lãnh đạo duyệt báo cáo','campaign-approve',g(0,'recipient','leader'),'deadline','Lãnh đạo đơn vị duyệt để gửi báo cáo hoặc trả lại chuyên viên, nêu lý do.')
gw(S,'Gateway_Approved','Duyệt gửi báo cáo?','Flow_ApprovalReturned')
service(S,'Task_SubmitReport','Gửi báo cáo cho đơn vị yêu cầu','submitCampaignReportDelegate')
user(S,'Task_ReviewReport','Tiếp nhận báo cáo của đơn vị','campaign-review',g(0,'requester','staff'),'policy','Chuyên viên đơn vị yêu cầu chấp nhận báo cáo hoặc trả lại đơn vị báo cáo, nêu lý do.')
gw(S,'Gateway_Accepted','Chấp nhận báo cáo?','Flow_ReportReturned')
end(S,'EndEvent_ReportAccepted','Báo cáo đã được chấp nhận')

f('Flow_ToOpenPeriodCampaigns','StartEvent_PeriodDue','Task_OpenPeriodCampaigns')
f('Flow_PeriodCampaignsOpened','Task_OpenPeriodCampaigns','EndEvent_PeriodCampaignsOpened')
f('Flow_ToOpenCampaign','StartEvent_CampaignRequested','Task_OpenCampaign')
f('Flow_ToCollection','Task_OpenCampaign',C)
f('Flow_ToConsolidateFigures',C,'Task_ConsolidateFigures')
f('Flow_ToConsolidateReport','Task_ConsolidateFigures','Task_ConsolidateReport')
f('Flow_ToCloseCampaign','Task_ConsolidateReport','Task_CloseCampaign')
f('Flow_CampaignClosed','Task_CloseCampaign','EndEvent_CampaignClosed')
f('Flow_ToSubmissions','StartEvent_CollectionOpened',S)
f('Flow_AllAccepted',S,'EndEvent_AllAccepted')
f('Flow_DeadlinePassed','Timer_SubmissionDeadline','Gateway_DeadlinePassed')
f('Flow_ToMarkLate','Gateway_DeadlinePassed','Task_MarkLateSubmissions')
f('Flow_ToFollowUp','Task_MarkLateSubmissions','Task_FollowUp')
f('Flow_FollowUpDecided','Task_FollowUp','Gateway_FollowUp')
f('Flow_RemindAgain','Gateway_FollowUp','Task_StartReminderRound')
f('Flow_StopCollecting','Gateway_FollowUp','EndEvent_CollectionClosed',"${followUpDecision == 'CLOSE'}")
f('Flow_ToRoundDeadline','Task_StartReminderRound','Timer_RoundDeadline')
f('Flow_RoundDeadlinePassed','Timer_RoundDeadline','Gateway_DeadlinePassed')
f('Flow_ToPrepare','StartEvent_SubmissionRequested','Gateway_Prepare')
f('Flow_ToReportKind','Gateway_Prepare','Gateway_ReportKind')
f('Flow_KindBcd389','Gateway_ReportKind','Task_PrepareBcd389Report')
f('Flow_KindPlan','Gateway_ReportKind','Task_PreparePlanReport',"${reportKind == 'PLAN_IMPLEMENTATION'}")
f('Flow_Bcd389Prepared','Task_PrepareBcd389Report','Gateway_Prepared')
f('Flow_PlanPrepared','Task_PreparePlanReport','Gateway_Prepared')
f('Flow_ToApprove','Gateway_Prepared','Task_ApproveReport')
f('Flow_ApprovalDecided','Task_ApproveReport','Gateway_Approved')
f('Flow_ApprovalReturned','Gateway_Approved','Gateway_Prepare')
f('Flow_Approved','Gateway_Approved','Task_SubmitReport',"${approvalDecision == 'APPROVE'}")
f('Flow_ToReview','Task_SubmitReport','Task_ReviewReport')
f('Flow_ReviewDecided','Task_ReviewReport','Gateway_Accepted')
f('Flow_ReportReturned','Gateway_Accepted','Gateway_Prepare')
f('Flow_ReportAccepted','Gateway_Accepted','EndEvent_ReportAccepted',"${reviewDecision == 'ACCEPT'}")

def body(scope):
    out=[n() for s,n in nodes if s==scope]
    for id,src,tgt,cond in flows:
        sc=[s for s,n in nodes if n().find(f'id="{src}"')>=0] if False else None
        pass
    return '\n'.join(out)
scope_of={}
for s,n in nodes:
    import re
    scope_of[re.search(r'id="([^"]+)"',n()).group(1)]=s
scope_of[S]=C; scope_of[C]=P; scope_of['Timer_SubmissionDeadline']=C
NAMES={'Flow_KindBcd389':'Báo cáo định kỳ 389','Flow_KindPlan':'Báo cáo thực hiện kế hoạch','Flow_Approved':'Duyệt','Flow_ApprovalReturned':'Trả lại','Flow_ReportAccepted':'Chấp nhận','Flow_ReportReturned':'Trả lại','Flow_RemindAgain':'Nhắc lại','Flow_StopCollecting':'Kết thúc'}
def fl(scope):
    o=[]
    for id,src,tgt,cond in flows:
        if scope_of[src]==scope:
            c=f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{cond}</bpmn:conditionExpression>' if cond else ''
            nm=f' name="{NAMES[id]}"' if id in NAMES else ''
            o.append(f'<bpmn:sequenceFlow id="{id}"{nm} sourceRef="{src}" targetRef="{tgt}">{c}</bpmn:sequenceFlow>')
    return '\n'.join(o)
sub=f'''<bpmn:subProcess id="{S}" name="Báo cáo của từng đơn vị">{io(S)}
<bpmn:multiInstanceLoopCharacteristics camunda:asyncAfter="true" camunda:collection="${{recipients}}" camunda:elementVariable="recipient">{R}</bpmn:multiInstanceLoopCharacteristics>
{body(S)}
{fl(S)}
</bpmn:subProcess>
<bpmn:boundaryEvent id="Timer_SubmissionDeadline" name="Hết hạn nộp báo cáo" cancelActivity="false" attachedToRef="{S}">{R}{io('Timer_SubmissionDeadline')}<bpmn:timerEventDefinition id="TimerEventDefinition_SubmissionDeadline"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{submissionDeadline}}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>'''
col=f'''<bpmn:subProcess id="{C}" name="Thu báo cáo">{io(C)}
{body(C)}
{sub}
{fl(C)}
</bpmn:subProcess>'''
xml=f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_ReportCampaign" targetNamespace="http://phoihop.vn/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
<bpmn:process id="report-campaign" name="Đợt báo cáo" isExecutable="true" camunda:versionTag="2026.12" camunda:historyTimeToLive="P3650D" camunda:isStartableInTasklist="false">
<bpmn:documentation>Một đơn vị (đơn vị của Bộ, Ban Chỉ đạo 389 tỉnh, Chi cục QLTT) yêu cầu N đơn vị báo cáo một loại báo cáo cho một kỳ trước một hạn; khóa nghiệp vụ = số hiệu đợt báo cáo. Báo cáo định kỳ của Ban Chỉ đạo 389 tỉnh tự mở theo kỳ. Xem vn.phoihop.campaign.CampaignProcess.</bpmn:documentation>
{body(P)}
{col}
{fl(P)}
</bpmn:process>
</bpmn:definitions>
'''
open('/tmp/s22/report-campaign.semantic.bpmn','w').write(xml)
