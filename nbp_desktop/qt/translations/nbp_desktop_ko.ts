<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>BatchText</name>
    <message>
        <source>“{name}” is a {kind} connection, which has no batch mode. Run the sheet with --interactive (the normal queue), or use an AI Studio or Vertex AI connection for half-price batch.</source>
        <translation>“{name}”은(는) {kind} 연결이며 일괄 처리 모드가 없습니다. 시트를 --interactive(일반 대기열)로 실행하거나, 반값인 일괄 처리를 사용하려면 AI Studio 또는 Vertex AI 연결을 사용하십시오.</translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket for the batch, e.g. gs://my-bucket/batches.</source>
        <translation>일괄 처리에 사용할 Cloud Storage 버킷을 지정하십시오(예: gs://my-bucket/batches).</translation>
    </message>
    <message>
        <source>Google&apos;s answer about the batch could not be read.</source>
        <translation>일괄 처리에 대한 Google의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The batch&apos;s result file was cut off while downloading; it will be downloaded again.</source>
        <translation>일괄 처리의 결과 파일이 다운로드 중에 잘렸습니다. 다시 다운로드합니다.</translation>
    </message>
    <message>
        <source>Google did not say where to upload the batch&apos;s input file.</source>
        <translation>Google에서 일괄 처리의 입력 파일을 업로드할 위치를 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>The upload of the batch&apos;s input file did not finish; it will be sent again.</source>
        <translation>일괄 처리의 입력 파일 업로드가 완료되지 않았습니다. 다시 전송합니다.</translation>
    </message>
    <message>
        <source>Google did not name the uploaded input file.</source>
        <translation>Google에서 업로드된 입력 파일의 이름을 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Google no longer has this batch&apos;s result file (it may have been deleted or expired); the rows that were not downloaded are marked failed.</source>
        <translation>Google에 이 일괄 처리의 결과 파일이 더 이상 없습니다(삭제되었거나 만료되었을 수 있음). 다운로드되지 않은 행은 실패로 표시됩니다.</translation>
    </message>
    <message>
        <source>There is no Cloud Storage bucket “{bucket}” (or the service account cannot see it). Create it in the same project, or name another bucket.</source>
        <translation>Cloud Storage 버킷 “{bucket}”이(가) 없습니다(또는 서비스 계정이 볼 수 없음). 같은 프로젝트에 버킷을 만들거나 다른 버킷을 지정하십시오.</translation>
    </message>
    <message>
        <source>The service account</source>
        <translation>서비스 계정</translation>
    </message>
    <message>
        <source>{account} may not use the bucket “{bucket}” for batch jobs: it lacks {permissions}. Grant it the “Storage Object Admin” role on that bucket (Cloud console → Cloud Storage → the bucket → Permissions).</source>
        <translation>{account}은(는) 일괄 처리 작업에 버킷 “{bucket}”을(를) 사용할 수 없습니다. {permissions} 권한이 없습니다. 해당 버킷에서 “Storage Object Admin” 역할을 부여하십시오(Cloud 콘솔 → Cloud Storage → 버킷 → 권한).</translation>
    </message>
    <message>
        <source>The result file {uri} is gone from the bucket; the rows not yet downloaded are marked failed.</source>
        <translation>결과 파일 {uri}이(가) 버킷에서 사라졌습니다. 아직 다운로드되지 않은 행은 실패로 표시됩니다.</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>검증 중</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>일부 실패</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>There is no batch {batch}.</source>
        <translation>일괄 처리 {batch}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A Vertex batch reads and writes its files in a Cloud Storage bucket: name one with --bucket gs://BUCKET/FOLDER.</source>
        <translation>Vertex 일괄 처리는 Cloud Storage 버킷에서 파일을 읽고 씁니다. --bucket gs://BUCKET/FOLDER로 버킷을 지정하십시오.</translation>
    </message>
    <message>
        <source>Unknown batch mode “{mode}”.</source>
        <translation>알 수 없는 일괄 처리 모드 “{mode}”입니다.</translation>
    </message>
    <message>
        <source>Google did not name the new batch.</source>
        <translation>Google에서 새 일괄 처리의 이름을 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Canceled before the batch was sent; nothing was billed.</source>
        <translation>일괄 처리를 보내기 전에 취소되었습니다. 비용이 청구되지 않았습니다.</translation>
    </message>
    <message>
        <source>The batch {batch} has not reached Google yet; nothing to download.</source>
        <translation>일괄 처리 {batch}이(가) 아직 Google에 도달하지 않았습니다. 다운로드할 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The batch {batch} is still {state} at Google; its results can be downloaded when it has finished.</source>
        <translation>일괄 처리 {batch}은(는) Google에서 아직 {state} 상태입니다. 완료되면 결과를 다운로드할 수 있습니다.</translation>
    </message>
    <message>
        <source>The batch&apos;s result file is missing from the bucket; the rows that were not downloaded are marked failed.</source>
        <translation>일괄 처리의 결과 파일이 버킷에 없습니다. 다운로드되지 않은 행은 실패로 표시됩니다.</translation>
    </message>
    <message>
        <source>The batch expired before Google ran this row (Google gives a batch 48 hours); submit the sheet again for the rows that are missing.</source>
        <translation>Google에서 이 행을 실행하기 전에 일괄 처리가 만료되었습니다(Google은 일괄 처리에 48시간을 줍니다). 누락된 행에 대해 시트를 다시 제출하십시오.</translation>
    </message>
    <message>
        <source>The batch was canceled before this row ran; it was not billed.</source>
        <translation>이 행이 실행되기 전에 일괄 처리가 취소되었습니다. 비용이 청구되지 않았습니다.</translation>
    </message>
    <message>
        <source>Google could not run the batch ({detail}).</source>
        <translation>Google에서 일괄 처리를 실행할 수 없습니다({detail}).</translation>
    </message>
    <message>
        <source>Google could not run the batch.</source>
        <translation>Google에서 일괄 처리를 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Google returned no result for this row.</source>
        <translation>Google에서 이 행에 대한 결과를 반환하지 않았습니다.</translation>
    </message>
    <message>
        <source>The job ended {status}.</source>
        <translation>작업이 {status} 상태로 종료되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (%n more row(s) with problems.)</source>
        <translation>
            <numerusform>{problem} (다른 행 %n개에도 문제가 있습니다.)</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the sheet “{sheet}” can be sent; fix the rows listed.</source>
        <translation>시트 “{sheet}”에서 보낼 수 있는 행이 없습니다. 표시된 행을 수정하십시오.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty: row 1 should be a header (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) and each row after it one image.</source>
        <translation>시트 “{sheet}”이(가) 비어 있습니다. 1행은 머리글(prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags)이어야 하고, 그 아래의 각 행이 이미지 하나입니다.</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be opened.</source>
        <translation>시트 {path}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is {size}, more than a prompt sheet may be ({limit}, about 100,000 rows); nothing was read from row 1 on. Split it into smaller sheets.</source>
        <translation>시트 “{sheet}”의 크기는 {size}(으)로, 프롬프트 시트의 최대 크기({limit}, 약 100,000행)를 초과합니다. 1행부터 아무것도 읽지 않았습니다. 더 작은 시트로 나누십시오.</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be read.</source>
        <translation>시트 {path}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Row 1 (the header) of “{sheet}” has no “prompt” column; its columns are {columns}. Name one column “prompt”.</source>
        <translation>“{sheet}”의 1행(머리글)에 “prompt” 열이 없습니다. 열은 {columns}입니다. 열 하나의 이름을 “prompt”로 지정하십시오.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as a table row ({error}).</source>
        <translation>{row}행을 표의 행으로 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header in row 1 but no rows below it: add one row per image from row 2 on.</source>
        <translation>시트 “{sheet}”의 1행에 머리글이 있지만 그 아래에 행이 없습니다. 2행부터 이미지마다 행을 하나씩 추가하십시오.</translation>
    </message>
    <message>
        <source>Row {row} of “{sheet}” is not UTF-8 text (byte {byte} at character {column}); the sheet was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again.</source>
        <translation>“{sheet}”의 {row}행이 UTF-8 텍스트가 아닙니다({column}번째 문자의 바이트 {byte}). 시트가 Latin-1 또는 Windows-1252로 저장된 것 같습니다. “CSV UTF-8”로 저장한 후 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>Row {row} has no prompt.</source>
        <translation>{row}행에 프롬프트가 없습니다.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt has an unmatched “{open}” or “{close}”; write {open}{open} or {close}{close} for a literal brace.</source>
        <translation>{row}행: 프롬프트에 짝이 맞지 않는 “{open}” 또는 “{close}”가 있습니다. 중괄호 문자 자체를 쓰려면 {open}{open} 또는 {close}{close}를 입력하십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but the sheet has no “{column}” column.</source>
        <translation>{row}행: 프롬프트에서 {placeholder}을(를) 사용하지만 시트에 “{column}” 열이 없습니다.</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but that cell is empty.</source>
        <translation>{row}행: 프롬프트에서 {placeholder}을(를) 사용하지만 해당 셀이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Row {row}: the aspect ratio “{ratio}” is not one {model} makes; use one of {ratios}.</source>
        <translation>{row}행: 가로세로 비율 “{ratio}”은(는) {model}에서 지원하지 않습니다. {ratios} 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the size “{size}” is not one {model} makes; use {sizes}.</source>
        <translation>{row}행: 크기 “{size}”은(는) {model}에서 지원하지 않습니다. {sizes}을(를) 사용하십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the count “{count}” must be a whole number from 1 to {most}.</source>
        <translation>{row}행: 개수 “{count}”은(는) 1~{most} 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Row {row}: the seed “{seed}” is not a whole number.</source>
        <translation>{row}행: 시드 “{seed}”이(가) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>Row {row}: the reference image “{name}” does not exist (looked for {path}).</source>
        <translation>{row}행: 참조 이미지 “{name}”이(가) 없습니다({path}에서 찾음).</translation>
    </message>
    <message numerus="yes">
        <source>Row {row}: %n reference image(s); {model} takes at most {most}.</source>
        <translation>
            <numerusform>{row}행: 참조 이미지가 %n개입니다. {model}은(는) 최대 {most}개까지 사용할 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPane</name>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>일괄 처리</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>검증 중</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>업로드 중</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>일부 실패</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>인라인</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>대화형</translation>
    </message>
    <message>
        <source>Import prompt sheet…</source>
        <translation>프롬프트 시트 가져오기…</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>일괄 처리 취소</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>지금 확인</translation>
    </message>
    <message>
        <source>Ask Google now instead of at the next scheduled check</source>
        <translation>다음 예약 확인을 기다리지 않고 지금 Google에 확인합니다</translation>
    </message>
    <message>
        <source>Row {number} ({key}): {error}</source>
        <translation>{number}행 ({key}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch “{sheet}” journalled; sending it to Google.</source>
        <translation>일괄 처리 “{sheet}”을(를) 기록했습니다. Google로 보내는 중입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Batch “{sheet}”: %n image(s) are in the library on the board “{sheet}”.</source>
        <translation>
            <numerusform>일괄 처리 “{sheet}”: 이미지 %n개가 라이브러리의 “{sheet}” 보드에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{cost} (interactive)</source>
        <translation>{cost} (대화형)</translation>
    </message>
    <message>
        <source>{cost} (batch price)</source>
        <translation>{cost} (일괄 처리 가격)</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>일괄 처리</translation>
    </message>
    <message>
        <source>Generate a CSV/TSV sheet of prompts at batch price (half the interactive price) or through the queue</source>
        <translation>프롬프트 CSV/TSV 시트를 일괄 처리 가격(대화형 가격의 절반) 또는 대기열을 통해 생성합니다</translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>Boards</source>
        <translation>보드</translation>
    </message>
    <message>
        <source>All images
{images}</source>
        <translation>모든 이미지
{images}</translation>
    </message>
    <message>
        <source>{board}: drop images here, or select images and press B</source>
        <translation>{board}: 여기에 이미지를 놓거나 이미지를 선택하고 B를 누르십시오</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>새 보드…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>보드 삭제</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Deprecated since {deprecated}, shut down on {shutdown}.</source>
        <translation>{deprecated}부터 지원 중단, {shutdown}에 서비스 종료.</translation>
    </message>
    <message>
        <source>Deprecated since {deprecated}.</source>
        <translation>{deprecated}부터 지원 중단.</translation>
    </message>
    <message>
        <source>Shut down on {shutdown}.</source>
        <translation>{shutdown}에 서비스 종료.</translation>
    </message>
    <message>
        <source>Always thinks; 4K is Preview on Vertex. Takes images only as references.</source>
        <translation>항상 사고합니다. Vertex에서 4K는 Preview입니다. 이미지는 참조로만 사용합니다.</translation>
    </message>
    <message>
        <source>Nano Banana Pro (preview, retired on AI Studio)</source>
        <translation>Nano Banana Pro(프리뷰, AI Studio에서 사용 종료됨)</translation>
    </message>
    <message>
        <source>Use gemini-3-pro-image.</source>
        <translation>gemini-3-pro-image를 사용하십시오.</translation>
    </message>
    <message>
        <source>GA on 2026-10-06; Google&apos;s recommended image model.</source>
        <translation>2026-10-06 GA. Google 권장 이미지 모델입니다.</translation>
    </message>
    <message>
        <source>GA on 2026-06-30; fast, 1K only; no Flex or Priority tier.</source>
        <translation>2026-06-30 GA. 빠름, 1K 전용. Flex 또는 Priority 티어 없음.</translation>
    </message>
    <message>
        <source>Use gemini-nano-banana-2.1.</source>
        <translation>gemini-nano-banana-2.1을 사용하십시오.</translation>
    </message>
    <message>
        <source>1K only.</source>
        <translation>1K 전용.</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Describe the image…   ({keys} queues it)</source>
        <translation>이미지 설명 입력…   ({keys}를 누르면 대기열에 추가)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation>이전 프롬프트</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>시스템 지침</translation>
    </message>
    <message>
        <source>Standing instructions sent with every prompt (optional)</source>
        <translation>모든 프롬프트와 함께 보내는 고정 지침(선택 사항)</translation>
    </message>
    <message>
        <source>e.g. You are a product photographer. Clean studio light.</source>
        <translation>예: 당신은 제품 사진가입니다. 깔끔한 스튜디오 조명.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Add reference images from files</source>
        <translation>파일에서 참조 이미지 추가</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>The model id; you can type a newer one</source>
        <translation>모델 ID입니다. 더 새로운 ID를 입력할 수도 있습니다</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>모델 정보</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>가로세로 비율</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>사고 수준</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>사고</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Google 검색으로 그라운딩</translation>
    </message>
    <message>
        <source>Let the model look things up on the web (billed separately)</source>
        <translation>모델이 웹에서 정보를 찾아볼 수 있게 합니다(별도 청구)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>How many jobs to queue with these settings</source>
        <translation>이 설정으로 대기열에 추가할 작업 수</translation>
    </message>
    <message>
        <source>2×2 variations grid</source>
        <translation>2×2 변형 그리드</translation>
    </message>
    <message>
        <source>Four variations in one request (a quarter of the cost); the grid and its four tiles are saved</source>
        <translation>한 번의 요청으로 변형 4개(비용은 4분의 1). 그리드와 타일 4개가 저장됩니다</translation>
    </message>
    <message>
        <source>random</source>
        <translation>임의</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>예상 비용</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열에 추가</translation>
    </message>
    <message>
        <source>Queue this generation ({keys})</source>
        <translation>이 생성을 대기열에 추가({keys})</translation>
    </message>
    <message>
        <source>References</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Queue generation</source>
        <translation>생성을 대기열에 추가</translation>
    </message>
    <message>
        <source>Queue this generation</source>
        <translation>이 생성을 대기열에 추가</translation>
    </message>
    <message>
        <source>default ({level})</source>
        <translation>기본값({level})</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>{estimate} (4 images per job)</source>
        <translation>{estimate}(작업당 이미지 4개)</translation>
    </message>
    <message>
        <source>{estimate} at the {tier} tier</source>
        <translation>{estimate}({tier} 티어 기준)</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>이전 프롬프트 없음</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>참조 이미지 추가</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)</source>
        <translation>이미지, PDF 및 동영상 (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;이미지 (*.png *.jpg *.jpeg *.webp *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>An API key from Google AI Studio (aistudio.google.com → Get API key). Image generation needs a project with billing enabled.</source>
        <translation>Google AI Studio의 API 키(aistudio.google.com → Get API key). 이미지를 생성하려면 결제가 사용 설정된 프로젝트가 필요합니다.</translation>
    </message>
    <message>
        <source>A service-account key file (JSON) from the Google Cloud console. Drop the file here; the project is read from it.</source>
        <translation>Google Cloud 콘솔의 서비스 계정 키 파일(JSON). 여기에 파일을 놓으십시오. 프로젝트는 파일에서 읽습니다.</translation>
    </message>
    <message>
        <source>An API key for Vertex AI express mode (no project needed).</source>
        <translation>Vertex AI 익스프레스 모드용 API 키(프로젝트 필요 없음).</translation>
    </message>
    <message>
        <source>A relay or gateway that speaks the OpenAI images API (LiteLLM and others): its base URL and key. The gateway retries by itself, so the app sends each request once (one retry layer, not two).</source>
        <translation>OpenAI 이미지 API를 사용하는 릴레이 또는 게이트웨이(LiteLLM 등)의 기본 URL과 키. 게이트웨이가 자체적으로 다시 시도하므로 앱은 각 요청을 한 번만 보냅니다(재시도 계층은 두 개가 아닌 하나).</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>연결 편집</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>연결 추가</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>서비스 티어</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Flex: half price, answers may take minutes</source>
        <translation>Flex: 반값, 응답에 몇 분이 걸릴 수 있음</translation>
    </message>
    <message>
        <source>Priority: faster, costs more</source>
        <translation>Priority: 더 빠름, 비용 더 높음</translation>
    </message>
    <message>
        <source>Google&apos;s service tier for this connection; a model that refuses it gets Standard from then on</source>
        <translation>이 연결에 사용할 Google 서비스 티어. 모델이 거부하면 그 후로는 Standard를 사용합니다</translation>
    </message>
    <message>
        <source>optional: a relay, private endpoint or the emulator</source>
        <translation>선택 사항: 릴레이, 비공개 엔드포인트 또는 에뮬레이터</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>테스트 결과</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>A real call to check the key, project and model: free at Google; through a gateway, one tiny text request (a fraction of a cent)</source>
        <translation>키, 프로젝트, 모델을 확인하는 실제 호출입니다. Google에서는 무료이며, 게이트웨이를 통하면 아주 작은 텍스트 요청 하나를 보냅니다(1센트 미만)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation>동시 작업 수</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>분당 요청 수</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>변경 안 됨(키체인에 저장됨)</translation>
    </message>
    <message>
        <source>required: https://…</source>
        <translation>필수: https://…</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>서비스 계정 키 파일</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON(*.json)</translation>
    </message>
    <message>
        <source>“{name}” cannot be read.</source>
        <translation>“{name}”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>✗ {name}: drop another key file here</source>
        <translation>✗ {name}: 다른 키 파일을 여기에 놓으십시오</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through this connection</source>
        <translation>이 연결을 통해 동시에 보내는 작업 수</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Requests per minute through this connection (0: no limit), kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>이 연결을 통한 분당 요청 수(0: 제한 없음). Google의 비율 제한에 걸리지 않도록 앱에서 제한합니다</translation>
    </message>
    <message>
        <source>as in Settings → Queue ({current})</source>
        <translation>설정 → 대기열과 동일({current})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <source>Enter the {secret} first.</source>
        <translation>먼저 {secret}을(를) 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>Vertex AI express mode</source>
        <translation>Vertex AI 익스프레스 모드</translation>
    </message>
    <message>
        <source>OpenAI-compatible gateway</source>
        <translation>OpenAI 호환 게이트웨이</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>서비스 계정 키</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>연결 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>A gateway connection needs its base URL (for example https://relay.example.com).</source>
        <translation>게이트웨이 연결에는 기본 URL이 필요합니다(예: https://relay.example.com).</translation>
    </message>
    <message>
        <source>The base URL “{url}” must start with https:// (or http://).</source>
        <translation>기본 URL “{url}”은(는) https://(또는 http://)로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The service tier “{tier}” is not one of {choices}.</source>
        <translation>서비스 티어 “{tier}”은(는) {choices} 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>A Vertex connection needs a project ID (it is usually read from the service-account file).</source>
        <translation>Vertex 연결에는 프로젝트 ID가 필요합니다(보통 서비스 계정 파일에서 읽어 옵니다).</translation>
    </message>
    <message>
        <source>The {label} is empty.</source>
        <translation>{label}가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The secret of “{name}” is not in the keychain any more; enter it again.</source>
        <translation>“{name}”의 보안 비밀이 더 이상 키체인에 없습니다. 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>The {label} for “{name}” is not in the keychain any more. Edit the connection and enter it again.</source>
        <translation>“{name}”의 {label}가 더 이상 키체인에 없습니다. 연결을 편집하여 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>The key stored for “{name}”</source>
        <translation>“{name}”에 저장된 키</translation>
    </message>
    <message>
        <source>An invisible byte-order mark at the start of the {label} was removed.</source>
        <translation>{label} 앞에 있던 보이지 않는 바이트 순서 표시(BOM)를 제거했습니다.</translation>
    </message>
    <message>
        <source>The {label} has {character} inside it (character {position}); it must be one line of letters and digits. Copy it again from the console.</source>
        <translation>{label}에 {character}가 들어 있습니다(문자 {position}). 영문자와 숫자로 된 한 줄이어야 합니다. 콘솔에서 다시 복사하십시오.</translation>
    </message>
    <message>
        <source>The {label} contains a character that is not plain ASCII (character {position}); it may only have letters, digits and a few marks. Copy it again from the console.</source>
        <translation>{label}에 일반 ASCII가 아닌 문자가 들어 있습니다(문자 {position}). 영문자, 숫자, 몇 가지 기호만 사용할 수 있습니다. 콘솔에서 다시 복사하십시오.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>줄바꿈 문자</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>탭 문자</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>NUL 문자</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>공백 문자</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>보이지 않는 문자</translation>
    </message>
    <message>
        <source>{path} is not a regular file; choose the JSON key file itself.</source>
        <translation>{path}은(는) 일반 파일이 아닙니다. JSON 키 파일 자체를 선택하십시오.</translation>
    </message>
    <message>
        <source>The service-account file {path} cannot be read.</source>
        <translation>서비스 계정 파일 {path}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{source} is {size} KB; a Google service-account key file is about 2 KB (at most {limit} KB is accepted). Choose the JSON key file the Google Cloud console downloaded.</source>
        <translation>{source}의 크기는 {size}KB입니다. Google 서비스 계정 키 파일은 약 2KB입니다(최대 {limit}KB까지 허용). Google Cloud 콘솔에서 다운로드한 JSON 키 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) and sign in to a desktop session, then try again.</source>
        <translation>시스템 키체인을 사용할 수 없어 보안 비밀을 안전하게 저장할 수 없습니다. Secret Service 키체인(GNOME Keyring 또는 KWallet)을 설치하고 잠금 해제한 다음 데스크톱 세션에 로그인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Check that your system keychain is unlocked, then try again.</source>
        <translation>시스템 키체인을 사용할 수 없어 보안 비밀을 안전하게 저장할 수 없습니다. 시스템 키체인이 잠금 해제되어 있는지 확인한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>시스템 키체인이 잠겨 있습니다. 잠금 해제한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The system keychain refused to store or read the secret.</source>
        <translation>시스템 키체인이 보안 비밀의 저장 또는 읽기를 거부했습니다.</translation>
    </message>
    <message>
        <source>“{name}” works: {service} accepted the credentials for {model}.</source>
        <translation>“{name}”이(가) 작동합니다. {service}에서 {model}의 사용자 인증 정보를 수락했습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The gateway accepted the key but does not list the model “{model}” (it lists: {models}).</source>
        <translation>게이트웨이에서 키를 수락했지만 모델 “{model}”이(가) 목록에 없습니다(목록: {models}).</translation>
    </message>
    <message>
        <source>“{name}” works: the gateway accepted the key, lists {model}, and the model answered a one-word test through it.</source>
        <translation>“{name}”이(가) 작동합니다. 게이트웨이에서 키를 수락했고 {model}이(가) 목록에 있으며, 게이트웨이를 통해 모델이 한 단어 테스트에 응답했습니다.</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}. It offers no small request that reaches the model, so whether the model answers shows with the first image.</source>
        <translation>게이트웨이에서 확인할 수 있는 범위에서는 “{name}”이(가) 작동합니다. 키를 수락했고 {model}이(가) 목록에 있습니다. 게이트웨이가 모델까지 도달하는 작은 요청을 제공하지 않으므로 모델이 응답하는지는 첫 이미지에서 확인됩니다.</translation>
    </message>
    <message>
        <source>The gateway accepted your key and lists {model}, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>게이트웨이에서 키를 수락했고 {model}이(가) 목록에 있지만, 그 뒤의 서비스가 게이트웨이 자체의 사용자 인증 정보를 거부했습니다(HTTP {status}). 게이트웨이 운영자에게 확인을 요청하십시오.</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but has no free capacity for it right now (HTTP 429): {said}</source>
        <translation>게이트웨이에서 키를 수락했고 {model}이(가) 목록에 있지만, 지금은 이 모델에 사용할 수 있는 여유 용량이 없습니다(HTTP 429): {said}</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but could not get an answer from the model behind it (HTTP {status}): {said}</source>
        <translation>게이트웨이에서 키를 수락했고 {model}이(가) 목록에 있지만, 그 뒤의 모델에서 응답을 받지 못했습니다(HTTP {status}): {said}</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}, but refused the small test request (HTTP {status}: {said}), so whether the model answers shows with the first image.</source>
        <translation>게이트웨이에서 확인할 수 있는 범위에서는 “{name}”이(가) 작동합니다. 키를 수락했고 {model}이(가) 목록에 있지만, 작은 테스트 요청을 거부했습니다(HTTP {status}: {said}). 모델이 응답하는지는 첫 이미지에서 확인됩니다.</translation>
    </message>
</context>
<context>
    <name>ContentCredentialsPage</name>
    <message>
        <source>none: this computer&apos;s own certificate</source>
        <translation>없음: 이 컴퓨터 자체의 인증서</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>서명 인증서 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own</source>
        <translation>이 컴퓨터 자체의 인증서 사용</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>시스템 키체인에 보관됨</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>인증서 암호</translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation>인증서 확인</translation>
    </message>
    <message>
        <source>none (e.g. {url})</source>
        <translation>없음(예: {url})</translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation>타임스탬프 서버</translation>
    </message>
    <message>
        <source>Signing certificate status</source>
        <translation>서명 인증서 상태</translation>
    </message>
    <message>
        <source>Exports that change a file get new Content Credentials (C2PA) with Google&apos;s as their ingredient, signed by:</source>
        <translation>파일을 변경하는 내보내기에는 Google의 자격 증명을 구성 요소로 포함하는 새 콘텐츠 자격 증명(C2PA)이 추가되며, 다음으로 서명됩니다:</translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation>인증서(PEM 또는 PKCS#12)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s own certificate.</source>
        <translation>이 컴퓨터 자체의 인증서로 서명했습니다.</translation>
    </message>
    <message>
        <source>✓ “{signer}” can sign Content Credentials until {date}.</source>
        <translation>✓ “{signer}”은(는) {date}까지 콘텐츠 자격 증명에 서명할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your certificate is used; press Check certificate to test it.</source>
        <translation>사용자의 인증서를 사용합니다. 테스트하려면 인증서 확인을 누르십시오.</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>서명 인증서</translation>
    </message>
    <message>
        <source>Certificates with key (*.pem *.p12 *.pfx)</source>
        <translation>키가 포함된 인증서(*.pem *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation>날짜 범위</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>끝(포함)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit this image</source>
        <translation>이 이미지 편집</translation>
    </message>
    <message>
        <source>What should change? (Google sees the image and the conversation so far.)</source>
        <translation>무엇을 변경하시겠습니까? (Google은 이미지와 지금까지의 대화를 봅니다.)</translation>
    </message>
    <message>
        <source>What should change</source>
        <translation>바꿀 내용</translation>
    </message>
    <message>
        <source>e.g. make the sky stormy   ({keys} queues it)</source>
        <translation>예: 하늘을 폭풍우 치게   ({keys}를 누르면 대기열에 추가)</translation>
    </message>
    <message>
        <source>Queue edit</source>
        <translation>편집을 대기열에 추가</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Re-rendered at {size}</source>
        <translation>{size}(으)로 다시 렌더링됨</translation>
    </message>
    <message>
        <source>Re-rendered at a larger size</source>
        <translation>더 큰 크기로 다시 렌더링됨</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>(프롬프트 없음)</translation>
    </message>
    <message>
        <source>Generated: {prompt}</source>
        <translation>생성: {prompt}</translation>
    </message>
    <message>
        <source>Edit: {prompt}</source>
        <translation>편집: {prompt}</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>편집 기록</translation>
    </message>
    <message>
        <source>Show an image to see its edits.</source>
        <translation>이미지를 표시하면 편집 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Branch from this turn…</source>
        <translation>이 턴에서 분기…</translation>
    </message>
    <message>
        <source>Edit the chosen turn: a new branch, leaving later edits as they are</source>
        <translation>선택한 턴을 편집합니다. 새 분기가 만들어지고 이후 편집은 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>A single turn: no edits yet.</source>
        <translation>턴이 하나뿐입니다. 아직 편집이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n turns in this edit tree.</source>
        <translation>
            <numerusform>이 편집 트리에 턴이 %n개 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;b&gt;Your library is empty.&lt;/b&gt;&lt;br&gt;Every image you generate lands here. Write a prompt in Compose and press {keys}.</source>
        <translation>&lt;b&gt;라이브러리가 비어 있습니다.&lt;/b&gt;&lt;br&gt;생성하는 모든 이미지가 여기에 저장됩니다. 작성 패널에 프롬프트를 입력하고 {keys}를 누르십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image matches the search and filters.&lt;/b&gt;&lt;br&gt;“Clear filters” shows the whole library again.</source>
        <translation>&lt;b&gt;검색어와 필터에 맞는 이미지가 없습니다.&lt;/b&gt;&lt;br&gt;“필터 지우기”를 누르면 라이브러리 전체가 다시 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This board is empty.&lt;/b&gt;&lt;br&gt;Drag images onto it in the list, or select images and press B.</source>
        <translation>&lt;b&gt;이 보드는 비어 있습니다.&lt;/b&gt;&lt;br&gt;목록에서 이미지를 보드로 끌어 놓거나, 이미지를 선택하고 B를 누르십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The queue is empty.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}: jobs wait and run here, with their progress, time and cost.</source>
        <translation>&lt;b&gt;대기열이 비어 있습니다.&lt;/b&gt;&lt;br&gt;작성 패널에 프롬프트를 입력하고 {keys}를 누르십시오. 작업이 여기에서 대기하고 실행되며 진행률, 시간, 비용이 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image yet.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}, or open an image from the Library.</source>
        <translation>&lt;b&gt;아직 이미지가 없습니다.&lt;/b&gt;&lt;br&gt;작성 패널에 프롬프트를 입력하고 {keys}를 누르거나, 라이브러리에서 이미지를 여십시오.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}시간 {minutes}분</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export %n image(s)</source>
        <translation>
            <numerusform>이미지 %n개 내보내기</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>사전 설정</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>사전 설정으로 저장…</translation>
    </message>
    <message>
        <source>Original (exact copy)</source>
        <translation>원본(정확한 사본)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG 품질</translation>
    </message>
    <message>
        <source>Estimated file size</source>
        <translation>예상 파일 크기</translation>
    </message>
    <message>
        <source>4:4:4 keeps full colour detail (print); 4:2:0 is smaller (web)</source>
        <translation>4:4:4는 색상 디테일을 모두 유지합니다(인쇄용). 4:2:0은 파일이 더 작습니다(웹용)</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>점진적</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>원본 크기</translation>
    </message>
    <message>
        <source>Long edge</source>
        <translation>긴 가장자리</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>용지 크기</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <source>Embed sRGB</source>
        <translation>sRGB 포함</translation>
    </message>
    <message>
        <source>Convert to profile…</source>
        <translation>프로필로 변환…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>프로필 없음</translation>
    </message>
    <message>
        <source>an RGB or CMYK .icc profile (e.g. from your print shop)</source>
        <translation>RGB 또는 CMYK .icc 프로필(예: 인쇄소에서 받은 파일)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>상대 색도계</translation>
    </message>
    <message>
        <source>perceptual</source>
        <translation>지각</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>채도</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>절대 색도계</translation>
    </message>
    <message>
        <source>Prompt, model and AI source (XMP)</source>
        <translation>프롬프트, 모델 및 AI 소스(XMP)</translation>
    </message>
    <message>
        <source>Strip everything</source>
        <translation>모두 제거</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>콘텐츠 자격 증명</translation>
    </message>
    <message>
        <source>Keep Google&apos;s and sign what this export changes</source>
        <translation>Google의 자격 증명을 유지하고 이 내보내기에서 변경한 내용에 서명</translation>
    </message>
    <message>
        <source>Strip all provenance</source>
        <translation>모든 출처 정보 제거</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) say who made the image and how it was changed. {signer_note}</source>
        <translation>콘텐츠 자격 증명(C2PA)은 이미지를 누가 만들었고 어떻게 변경되었는지 알려 줍니다. {signer_note}</translation>
    </message>
    <message>
        <source>Compression warning</source>
        <translation>압축 경고</translation>
    </message>
    <message>
        <source>Use Original instead</source>
        <translation>대신 원본 사용</translation>
    </message>
    <message>
        <source>Re-encode anyway</source>
        <translation>그래도 다시 인코딩</translation>
    </message>
    <message>
        <source>Write a CSV of the metadata</source>
        <translation>메타데이터 CSV 작성</translation>
    </message>
    <message>
        <source>Make a contact sheet (PDF)</source>
        <translation>밀착 인화지 만들기(PDF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>크로마</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Rendering intent</source>
        <translation>렌더링 의도</translation>
    </message>
    <message>
        <source>TIFF bits</source>
        <translation>TIFF 비트 수</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi (the image is smaller than the paper at this ppi)</source>
        <translation>{paper}의 유효 해상도: {ppi}ppi(이 ppi에서는 이미지가 용지보다 작습니다)</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi</source>
        <translation>{paper}의 유효 해상도: {ppi}ppi</translation>
    </message>
    <message>
        <source>Google already sent JPEG: its data is kept as it is (no second compression); only size information and metadata are added.</source>
        <translation>Google에서 이미 JPEG로 보냈습니다. 데이터는 그대로 유지되며(두 번째 압축 없음) 크기 정보와 메타데이터만 추가됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second compression:&lt;/b&gt; Google already sent JPEG, and this preset compresses it again, losing detail. Use Original to hand over Google&apos;s file unchanged.</source>
        <translation>&lt;b&gt;두 번째 압축:&lt;/b&gt; Google에서 이미 JPEG로 보냈는데, 이 사전 설정은 이를 다시 압축하므로 디테일이 손실됩니다. Google의 파일을 변경 없이 전달하려면 원본을 사용하십시오.</translation>
    </message>
    <message>
        <source>Estimating size…</source>
        <translation>크기 추정 중…</translation>
    </message>
    <message>
        <source>About {size} each (first image)</source>
        <translation>각각 약 {size}(첫 번째 이미지 기준)</translation>
    </message>
    <message>
        <source>About {size}</source>
        <translation>약 {size}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>사전 설정 저장</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>사전 설정 이름:</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>색상 프로필</translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>ICC 프로필(*.icc *.icm)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>Canceling after the current image…</source>
        <translation>현재 이미지 다음에 취소하는 중…</translation>
    </message>
    <message>
        <source>Strip all provenance?</source>
        <translation>모든 출처 정보를 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>{explanation}

Strip it?</source>
        <translation>{explanation}

제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Export without Content Credentials?</source>
        <translation>콘텐츠 자격 증명 없이 내보내시겠습니까?</translation>
    </message>
    <message>
        <source>{problem}

Export anyway without new Content Credentials? The exported files will then not carry Google&apos;s Content Credentials either (the Original preset keeps them).</source>
        <translation>{problem}

새 콘텐츠 자격 증명 없이 그래도 내보내시겠습니까? 그러면 내보낸 파일에는 Google의 콘텐츠 자격 증명도 포함되지 않습니다(원본 사전 설정은 이를 유지합니다).</translation>
    </message>
    <message>
        <source>Nothing exported: provenance was not stripped.</source>
        <translation>내보내지 않았습니다. 출처 정보가 제거되지 않았습니다.</translation>
    </message>
    <message>
        <source>{number} of {total}: {name}</source>
        <translation>{number}/{total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n images · {preset}</source>
        <translation>
            <numerusform>이미지 %n개 · {preset}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n exported to {folder}.</source>
        <translation>
            <numerusform>취소됨: {folder}에 %n개를 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported to {folder}.</source>
        <translation>
            <numerusform>{folder}에 %n개를 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exported} The prompt of %n of them was too long for a JPEG&apos;s metadata, so it is shortened there; the full text stays in the library.</source>
        <translation>
            <numerusform>{exported} 그중 %n개의 프롬프트가 JPEG 메타데이터에 넣기에는 너무 길어 메타데이터에서는 줄였습니다. 전체 텍스트는 라이브러리에 남아 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>The image {name} cannot be read from the library.</source>
        <translation>라이브러리에서 이미지 {name}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>PNG cannot hold CMYK: choose JPEG or TIFF for a CMYK profile.</source>
        <translation>PNG는 CMYK를 담을 수 없습니다. CMYK 프로필을 사용하려면 JPEG 또는 TIFF를 선택하십시오.</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation>알 수 없는 내보내기 형식 “{format}”입니다.</translation>
    </message>
    <message>
        <source>The colour profile {name} cannot be read.</source>
        <translation>색상 프로필 {name}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(선택 안 됨)</translation>
    </message>
    <message>
        <source>The sRGB colour profile is missing from this installation; reinstall the app.</source>
        <translation>이 설치에 sRGB 색상 프로필이 없습니다. 앱을 다시 설치하십시오.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder}.</source>
        <translation>{folder}에 내보내기를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The source is not a JPEG file.</source>
        <translation>소스가 JPEG 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>A metadata block is too large for a JPEG segment.</source>
        <translation>메타데이터 블록이 JPEG 세그먼트에 비해 너무 큽니다.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>Web JPEG</source>
        <translation>웹용 JPEG</translation>
    </message>
    <message>
        <source>Print JPEG</source>
        <translation>인쇄용 JPEG</translation>
    </message>
    <message>
        <source>Print TIFF</source>
        <translation>인쇄용 TIFF</translation>
    </message>
    <message>
        <source>There is no export preset “{name}” (presets: {presets}).</source>
        <translation>내보내기 사전 설정 “{name}”이(가) 없습니다(사전 설정: {presets}).</translation>
    </message>
</context>
<context>
    <name>ExportingMimeData</name>
    <message>
        <source>Preparing the dropped files…</source>
        <translation>놓은 파일을 준비하는 중…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Recent results</source>
        <translation>최근 결과</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>오래된 순</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>모든 날짜</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>지난 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>지난 30일</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>사용자 지정 범위…</translation>
    </message>
    <message>
        <source>Search prompts and replies</source>
        <translation>프롬프트 및 응답 검색</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>라이브러리 검색</translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation>채택 항목만</translation>
    </message>
    <message>
        <source>Show only picked images</source>
        <translation>채택한 이미지만 표시</translation>
    </message>
    <message>
        <source>Hide rejects</source>
        <translation>제외 항목 숨기기</translation>
    </message>
    <message>
        <source>Hide rejected images</source>
        <translation>제외한 이미지 숨기기</translation>
    </message>
    <message>
        <source>Has edits</source>
        <translation>편집 있음</translation>
    </message>
    <message>
        <source>Only images that are part of an edit history</source>
        <translation>편집 기록에 속한 이미지만</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>콘텐츠 자격 증명</translation>
    </message>
    <message>
        <source>Only images with Content Credentials (a C2PA manifest)</source>
        <translation>콘텐츠 자격 증명(C2PA 매니페스트)이 있는 이미지만</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>모든 등급</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>모든 레이블</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>색상 레이블</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>모든 연결</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>모든 크기</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>가로세로 비율</translation>
    </message>
    <message>
        <source>Any ratio</source>
        <translation>모든 비율</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>정렬 기준</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Show everything again (search words and filters)</source>
        <translation>모두 다시 표시(검색어 및 필터)</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>축소판 크기</translation>
    </message>
    <message>
        <source>Date, label, connection, model, size, ratio, edits, Content Credentials</source>
        <translation>날짜, 레이블, 연결, 모델, 크기, 비율, 편집, 콘텐츠 자격 증명</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>추가 필터</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>추가 필터({count})</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Paste an API key (the quickest start).</source>
        <translation>API 키를 붙여 넣으십시오(가장 빠른 시작 방법).</translation>
    </message>
    <message>
        <source>Drop a service-account key file; project and location are filled in.</source>
        <translation>서비스 계정 키 파일을 놓으십시오. 프로젝트와 위치가 자동으로 입력됩니다.</translation>
    </message>
    <message>
        <source>An express-mode API key.</source>
        <translation>익스프레스 모드 API 키.</translation>
    </message>
    <message>
        <source>A relay&apos;s base URL and key.</source>
        <translation>릴레이의 기본 URL과 키.</translation>
    </message>
    <message>
        <source>Welcome to nbp-desktop</source>
        <translation>nbp-desktop에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect your Google account&lt;/h3&gt;Images are made with your own account and billed by Google. Your key is kept in the system keychain.</source>
        <translation>&lt;h3&gt;Google 계정 연결&lt;/h3&gt;이미지는 사용자 자신의 계정으로 만들어지며 Google에서 비용을 청구합니다. 키는 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Explore first with the built-in emulator</source>
        <translation>먼저 내장 에뮬레이터로 둘러보기</translation>
    </message>
    <message>
        <source>Everything works locally with placeholder images; nothing is billed. Add a connection later in Settings.</source>
        <translation>모든 기능이 자리 표시 이미지로 로컬에서 작동하며 비용이 청구되지 않습니다. 연결은 나중에 설정에서 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>File missing</source>
        <translation>파일 없음</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{width} × {height}, {marks} — file missing</source>
        <translation>{width} × {height}, {marks} — 파일 없음</translation>
    </message>
    <message>
        <source>{width} × {height}, {marks}</source>
        <translation>{width} × {height}, {marks}</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <source>Gallery status</source>
        <translation>라이브러리 상태</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>내 라이브러리로 돌아가기</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>새 보드…</translation>
    </message>
    <message>
        <source>A board collects images; an image can be on several boards</source>
        <translation>보드는 이미지를 모읍니다. 이미지 하나가 여러 보드에 속할 수 있습니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>Move the selected images to the trash ({delete}); undo with {undo}</source>
        <translation>선택한 이미지를 휴지통으로 이동합니다({delete}). {undo}(으)로 실행 취소할 수 있습니다</translation>
    </message>
    <message>
        <source>Add to target board</source>
        <translation>대상 보드에 추가</translation>
    </message>
    <message>
        <source>Add the selection to the board chosen last (B)</source>
        <translation>선택한 항목을 마지막으로 선택한 보드에 추가합니다(B)</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>이미지 수를 세는 중…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} images</source>
        <translation>
            <numerusform>이미지 {total}개 중 {shown}개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} images</source>
        <translation>
            <numerusform>이미지 {shown}개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{selected} selected</source>
        <translation>
            <numerusform>{selected}개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>다시 실행함: {step}.</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>실행 취소함: {step}.</translation>
    </message>
    <message>
        <source>{message} Undo with {keys}.</source>
        <translation>{message} {keys}(으)로 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again read-write to change ratings, boards or files.</source>
        <translation>이 라이브러리는 읽기 전용으로 열려 있습니다. 등급, 보드 또는 파일을 변경하려면 읽기/쓰기로 다시 여십시오.</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>{step} 실행 취소</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>{step} 다시 실행</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>보드</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>새 보드</translation>
    </message>
    <message>
        <source>Board name:</source>
        <translation>보드 이름:</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>보드 이름 바꾸기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>확대경</translation>
    </message>
    <message>
        <source>Use all settings</source>
        <translation>모든 설정 사용</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>프롬프트 사용</translation>
    </message>
    <message>
        <source>Add to board</source>
        <translation>보드에 추가</translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>“{board}”에서 제거</translation>
    </message>
    <message>
        <source>Select two images to compare.</source>
        <translation>비교할 이미지 두 개를 선택하십시오.</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-only). New images still go to your own library.</source>
        <translation>{folder}의 라이브러리를 보는 중(읽기 전용). 새 이미지는 계속 사용자 자신의 라이브러리에 저장됩니다.</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-write). New images still go to your own library.</source>
        <translation>{folder}의 라이브러리를 보는 중(읽기/쓰기). 새 이미지는 계속 사용자 자신의 라이브러리에 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>GalleryText</name>
    <message>
        <source>Pick</source>
        <translation>채택</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>제외됨</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>콘텐츠 자격 증명</translation>
    </message>
    <message>
        <source>damaged Content Credentials</source>
        <translation>손상된 콘텐츠 자격 증명</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the marks of one image</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>표시 없음</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>라이브러리 열기</translation>
    </message>
    <message>
        <source>Open the library in “{folder}”</source>
        <translation>“{folder}”의 라이브러리 열기</translation>
    </message>
    <message>
        <source>Read-only never changes it (safe for a shared drive or another person&apos;s library). Read-write lets you rate, flag, collect and delete there.</source>
        <translation>읽기 전용은 라이브러리를 전혀 변경하지 않습니다(공유 드라이브나 다른 사람의 라이브러리에 안전). 읽기/쓰기를 사용하면 그곳에서 등급 지정, 플래그 지정, 보드에 추가 및 삭제를 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
    <message>
        <source>Open read-write</source>
        <translation>읽기/쓰기로 열기</translation>
    </message>
    <message>
        <source>“{name}” could not be moved to the trash, so it was not deleted. The folder may be read-only, or this drive has no trash.</source>
        <translation>“{name}”을(를) 휴지통으로 이동할 수 없어 삭제하지 않았습니다. 폴더가 읽기 전용이거나 이 드라이브에 휴지통이 없을 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>이미지 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>라이브러리 그리드</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>확대경</translation>
    </message>
    <message>
        <source>Compare the selection</source>
        <translation>선택 항목 비교</translation>
    </message>
    <message>
        <source>Add to the last board</source>
        <translation>마지막 보드에 추가</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>Open in the Generate tab</source>
        <translation>생성 탭에서 열기</translation>
    </message>
</context>
<context>
    <name>GenerationText</name>
    <message>
        <source>Interrupted — may have been billed. The app stopped while this job was running; run it again if you still want the image.</source>
        <translation>중단됨 — 비용이 청구되었을 수 있습니다. 이 작업이 실행되는 동안 앱이 중지되었습니다. 이미지가 여전히 필요하면 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>it is a folder, not an image file</source>
        <translation>이미지 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device)</source>
        <translation>일반 파일이 아닙니다(파이프, 소켓 또는 장치)</translation>
    </message>
    <message>
        <source>it is {size} MB; the largest file accepted is {limit} MB</source>
        <translation>크기가 {size}MB입니다. 허용되는 최대 파일 크기는 {limit}MB입니다</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>파일을 읽을 수 없습니다(권한 거부됨)</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself (a symbolic link loop)</source>
        <translation>자기 자신을 가리키는 링크입니다(심볼릭 링크 순환)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>파일을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>it is not an image file (PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video</source>
        <translation>이미지 파일(PNG, JPEG, WebP, HEIC 또는 HEIF), PDF, 동영상 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>it is {size} MB, and Google takes PDFs and videos sent with a prompt up to {limit} MB</source>
        <translation>크기가 {size}MB인데, Google은 프롬프트와 함께 보낸 PDF와 동영상을 최대 {limit}MB까지 받습니다</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete, so it cannot be read</source>
        <translation>PDF가 손상되었거나 불완전하여 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the PDF is password-protected, so Google cannot read it</source>
        <translation>PDF가 암호로 보호되어 있어 Google이 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Save a copy without a password first.</source>
        <translation>먼저 암호 없는 사본을 저장하십시오.</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF에 페이지가 없습니다</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, and Google reads at most {limit}</source>
        <translation>PDF가 {pages}페이지인데, Google은 최대 {limit}페이지까지 읽습니다</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: {reason}.</source>
        <translation>“{name}”은(는) 참조로 사용할 수 없습니다. {reason}.</translation>
    </message>
    <message>
        <source>This reference cannot be used: {reason}.</source>
        <translation>이 참조는 사용할 수 없습니다. {reason}.</translation>
    </message>
    <message>
        <source>This reference image cannot be used: {reason}.</source>
        <translation>이 참조 이미지는 사용할 수 없습니다. {reason}.</translation>
    </message>
    <message>
        <source>Google does not accept {type} images; use PNG, JPEG or WebP</source>
        <translation>Google은 {type} 이미지를 받지 않습니다. PNG, JPEG 또는 WebP를 사용하십시오</translation>
    </message>
    <message>
        <source>it is {size} MB, over Google&apos;s 7 MB limit, and HEIC files cannot be shrunk here; export it as JPEG first</source>
        <translation>크기가 {size}MB로 Google의 7MB 한도를 넘으며, HEIC 파일은 여기에서 줄일 수 없습니다. 먼저 JPEG로 내보내십시오</translation>
    </message>
    <message>
        <source>Use fewer pages or a smaller export of the PDF.</source>
        <translation>페이지 수를 줄이거나 PDF를 더 작게 내보내십시오.</translation>
    </message>
    <message>
        <source>Use a shorter or smaller clip.</source>
        <translation>더 짧거나 작은 클립을 사용하십시오.</translation>
    </message>
    <message>
        <source>it is {width} × {height} pixels, more than the {limit} megapixels accepted</source>
        <translation>크기가 {width} × {height}픽셀로, 허용되는 {limit}메가픽셀을 넘습니다</translation>
    </message>
    <message>
        <source>it claims more than {limit} megapixels (a damaged or malicious file)</source>
        <translation>{limit}메가픽셀을 넘는다고 표시되어 있습니다(손상되었거나 악성인 파일)</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete, so the image cannot be read</source>
        <translation>파일이 손상되었거나 불완전하여 이미지를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the image could not be read ({reason})</source>
        <translation>이미지를 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>it could not be made small enough for Google&apos;s 7 MB limit</source>
        <translation>Google의 7MB 한도에 맞게 충분히 줄일 수 없습니다</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference image: {reason}.</source>
        <translation>“{name}”은(는) 참조 이미지로 사용할 수 없습니다. {reason}.</translation>
    </message>
</context>
<context>
    <name>GoogleText</name>
    <message>
        <source>The file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>{source} is not a usable service-account key ({reason}): download a new JSON key in Google Cloud console → IAM → Service accounts → Keys.</source>
        <translation>{source}은(는) 사용할 수 있는 서비스 계정 키가 아닙니다({reason}). Google Cloud 콘솔 → IAM → 서비스 계정 → 키에서 새 JSON 키를 다운로드하십시오.</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>JSON이 아닙니다</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>it is an OAuth client file, not a service-account key</source>
        <translation>서비스 계정 키가 아니라 OAuth 클라이언트 파일입니다</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>its type is “{type}”, not “service_account”</source>
        <translation>유형이 “service_account”가 아니라 “{type}”입니다</translation>
    </message>
    <message>
        <source>it has no {fields}</source>
        <translation>{fields} 항목이 없습니다</translation>
    </message>
    <message>
        <source>its private_key is not a PEM key</source>
        <translation>private_key가 PEM 키가 아닙니다</translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation>비공개 키를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Google did not accept the service-account key (its key may have been deleted or the account disabled). Create a new JSON key and add the connection again.</source>
        <translation>Google에서 서비스 계정 키를 수락하지 않았습니다(키가 삭제되었거나 계정이 사용 중지되었을 수 있습니다). 새 JSON 키를 만들고 연결을 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>Your API key was rejected. Check that you copied the whole key and that it belongs to the right project.</source>
        <translation>API 키가 거부되었습니다. 키 전체를 복사했는지, 올바른 프로젝트의 키인지 확인하십시오.</translation>
    </message>
    <message>
        <source>Billing is not enabled for this project. Image generation needs a Google Cloud project with billing turned on.</source>
        <translation>이 프로젝트에 결제가 사용 설정되어 있지 않습니다. 이미지를 생성하려면 결제가 사용 설정된 Google Cloud 프로젝트가 필요합니다.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in for this connection. The service account may have been deleted or its key revoked; add the connection again with a current key file.</source>
        <translation>Google에서 이 연결의 로그인을 수락하지 않았습니다. 서비스 계정이 삭제되었거나 키가 취소되었을 수 있습니다. 유효한 키 파일로 연결을 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>The API is not enabled for this project. Enable it in the Google Cloud console, wait a minute, then try again.</source>
        <translation>이 프로젝트에 API가 사용 설정되어 있지 않습니다. Google Cloud 콘솔에서 사용 설정하고 1분 정도 기다린 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Give the service account the “Vertex AI User” role.</source>
        <translation>이 계정에는 모델을 사용할 권한이 없습니다(권한 거부됨). 서비스 계정에 “Vertex AI User” 역할을 부여하십시오.</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Check the key&apos;s API restrictions.</source>
        <translation>이 계정에는 모델을 사용할 권한이 없습니다(권한 거부됨). 키의 API 제한사항을 확인하십시오.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may not be offered in region “{location}”: try the location “global”.</source>
        <translation>모델 “{model}”을(를) 찾을 수 없습니다. “{location}” 리전에서 제공되지 않을 수 있습니다. 위치를 “global”로 시도해 보십시오.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may have been retired: try the model “gemini-3-pro-image”.</source>
        <translation>모델 “{model}”을(를) 찾을 수 없습니다. 지원이 종료되었을 수 있습니다. 모델 “gemini-3-pro-image”를 시도해 보십시오.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. Check the model name and the location.</source>
        <translation>모델 “{model}”을(를) 찾을 수 없습니다. 모델 이름과 위치를 확인하십시오.</translation>
    </message>
    <message>
        <source>Google is overloaded right now.</source>
        <translation>현재 Google에 요청이 너무 많습니다.</translation>
    </message>
    <message>
        <source>Google took too long to answer (request timeout).</source>
        <translation>Google의 응답이 너무 오래 걸렸습니다(요청 시간 초과).</translation>
    </message>
    <message>
        <source>Google had an internal problem (HTTP {status}).</source>
        <translation>Google에 내부 문제가 발생했습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>The prompt was blocked by the service&apos;s safety filter.</source>
        <translation>서비스의 안전 필터가 프롬프트를 차단했습니다.</translation>
    </message>
    <message>
        <source>Google does not take this service tier for the model “{model}”.</source>
        <translation>Google에서 모델 “{model}”에 이 서비스 티어를 받지 않습니다.</translation>
    </message>
    <message>
        <source>Google refused the request: {reason}</source>
        <translation>Google에서 요청을 거부했습니다: {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses.</source>
        <translation>게이트웨이에서 API 키를 거부했습니다(HTTP {status}). 이 연결에서 사용하는 키를 확인하십시오.</translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP {status}).</source>
        <translation>게이트웨이가 데이터 대신 웹페이지로 응답했습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>The gateway took your key, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>게이트웨이에서 키를 받았지만, 그 뒤의 서비스가 게이트웨이 자체의 사용자 인증 정보를 거부했습니다(HTTP {status}). 게이트웨이 운영자에게 확인을 요청하십시오.</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses for the gateway.</source>
        <translation>게이트웨이에서 API 키를 거부했습니다(HTTP {status}). 이 연결에서 게이트웨이용으로 사용하는 키를 확인하십시오.</translation>
    </message>
    <message>
        <source>The gateway answered that its rate limit is reached (HTTP 429).</source>
        <translation>게이트웨이에서 비율 제한에 도달했다고 응답했습니다(HTTP 429).</translation>
    </message>
    <message>
        <source>The gateway does not serve the model “{model}” (HTTP {status}). Check the model name in the connection.</source>
        <translation>게이트웨이에서 모델 “{model}”을(를) 제공하지 않습니다(HTTP {status}). 연결의 모델 이름을 확인하십시오.</translation>
    </message>
    <message>
        <source>The gateway answered that the prompt was blocked by a safety filter.</source>
        <translation>게이트웨이에서 안전 필터가 프롬프트를 차단했다고 응답했습니다.</translation>
    </message>
    <message>
        <source>The gateway answered that the model is unavailable: {reason}</source>
        <translation>게이트웨이에서 모델을 사용할 수 없다고 응답했습니다: {reason}</translation>
    </message>
    <message>
        <source>The gateway answered with an error (HTTP {status}): {reason}</source>
        <translation>게이트웨이에서 오류로 응답했습니다(HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP {status}): {reason}</source>
        <translation>게이트웨이에서 요청을 거부했습니다(HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>Quota for today is used up; it resets at 00:00 Pacific (in {wait}).</source>
        <translation>오늘의 할당량을 모두 사용했습니다. 태평양 시간 00:00에 초기화됩니다({wait} 후).</translation>
    </message>
    <message>
        <source>The per-minute quota is used up.</source>
        <translation>분당 할당량을 모두 사용했습니다.</translation>
    </message>
    <message>
        <source>Google&apos;s capacity for this model is busy (rate limited).</source>
        <translation>이 모델에 대한 Google의 처리 용량이 부족합니다(비율 제한).</translation>
    </message>
    <message>
        <source>Access was refused (HTTP {status}) before the request reached the model.</source>
        <translation>요청이 모델에 도달하기 전에 액세스가 거부되었습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data (HTTP {status}).</source>
        <translation>서버(또는 중간 프록시)가 데이터 대신 웹페이지로 응답했습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>The stored key has a line break, tab or other invisible character inside it, so it cannot be sent. Edit the connection and paste the key again.</source>
        <translation>저장된 키에 줄바꿈, 탭 또는 기타 보이지 않는 문자가 들어 있어 보낼 수 없습니다. 연결을 편집하여 키를 다시 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>Google did not answer within {seconds} s. The request timed out.</source>
        <translation>Google이 {seconds}초 안에 응답하지 않았습니다. 요청 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>Google did not answer. The request timed out.</source>
        <translation>Google이 응답하지 않았습니다. 요청 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up (TLS certificate problem). A proxy or antivirus may be intercepting traffic; set its certificate in Settings → Network.</source>
        <translation>보안 연결을 설정할 수 없습니다(TLS 인증서 문제). 프록시나 바이러스 백신이 트래픽을 가로채고 있을 수 있습니다. 설정 → 네트워크에서 해당 인증서를 지정하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be looked up. Check your internet connection (or the base URL).</source>
        <translation>서버 주소를 조회할 수 없습니다. 인터넷 연결(또는 기본 URL)을 확인하십시오.</translation>
    </message>
    <message>
        <source>The connection broke while the image was downloading.</source>
        <translation>이미지를 다운로드하는 중에 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection.</source>
        <translation>서버에 연결할 수 없습니다. 인터넷 연결을 확인하십시오.</translation>
    </message>
    <message>
        <source>AI Studio cannot choose the output format or JPEG quality (only Vertex can); leave them empty, or export the image as JPEG afterwards.</source>
        <translation>AI Studio에서는 출력 형식이나 JPEG 품질을 선택할 수 없습니다(Vertex만 가능). 비워 두거나, 나중에 이미지를 JPEG로 내보내십시오.</translation>
    </message>
    <message>
        <source>{model} does not take a thinking level (it always thinks). Leave the thinking level empty.</source>
        <translation>{model}은(는) 사고 수준을 받지 않습니다(항상 사고합니다). 사고 수준을 비워 두십시오.</translation>
    </message>
    <message>
        <source>{model} accepts the thinking levels {levels}, not “{level}”.</source>
        <translation>{model}에서 허용하는 사고 수준은 {levels}이며, “{level}”은(는) 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>{model} does not make {value} images. Choose one of {choices}.</source>
        <translation>{model}은(는) {value} 이미지를 만들지 않습니다. {choices} 중 하나를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>{model} takes at most {limit} reference images; %n were given.</source>
        <translation>
            <numerusform>{model}은(는) 참조 이미지를 최대 {limit}개까지 받지만 %n개가 지정되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF or video</source>
        <translation>PDF 또는 동영상</translation>
    </message>
    <message>
        <source>{model} does not take {type} references ({name}); use images, or Nano Banana 2.1.</source>
        <translation>{model}은(는) {type} 참조({name})를 받지 않습니다. 이미지나 Nano Banana 2.1을 사용하십시오.</translation>
    </message>
    <message>
        <source>a reference</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>{model} does not take the {tier} service tier; choose Standard for this connection.</source>
        <translation>{model}은(는) {tier} 서비스 티어를 받지 않습니다. 이 연결에는 Standard를 선택하십시오.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>먼저 프롬프트를 입력하십시오.</translation>
    </message>
    <message>
        <source>Google&apos;s answer was not in the expected form.</source>
        <translation>Google의 응답이 예상한 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The prompt was blocked by Google&apos;s safety filter ({reason}). Rephrase it and try again.</source>
        <translation>Google의 안전 필터가 프롬프트를 차단했습니다({reason}). 표현을 바꿔 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Google answered without an image.</source>
        <translation>Google이 이미지 없이 응답했습니다.</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data.</source>
        <translation>서버(또는 중간 프록시)가 데이터 대신 웹페이지로 응답했습니다.</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>응답이 완료되기 전에 끊겼습니다.</translation>
    </message>
    <message>
        <source>The answer could not be read (malformed data).</source>
        <translation>응답을 읽을 수 없습니다(잘못된 형식의 데이터).</translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded.</source>
        <translation>응답에 포함된 이미지를 디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>The answer contained data that is not a readable image.</source>
        <translation>응답에 읽을 수 있는 이미지가 아닌 데이터가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Google&apos;s safety filter withheld the image ({reason}): rephrase the prompt or use other reference images, since real people, brands and violent or explicit details are the usual triggers.</source>
        <translation>Google의 안전 필터가 이미지를 보류했습니다({reason}). 실존 인물, 브랜드, 폭력적이거나 선정적인 세부 묘사가 흔한 원인이므로 프롬프트 표현을 바꾸거나 다른 참조 이미지를 사용하십시오.</translation>
    </message>
    <message>
        <source>The image was withheld because it resembled existing material too closely ({reason}). Change the prompt and try again.</source>
        <translation>기존 자료와 너무 비슷하여 이미지가 보류되었습니다({reason}). 프롬프트를 바꿔 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Google answered with text only, no image. Ask for an image explicitly in the prompt.</source>
        <translation>Google이 이미지 없이 텍스트로만 응답했습니다. 프롬프트에서 이미지를 명시적으로 요청하십시오.</translation>
    </message>
    <message>
        <source>Google did not make an image this time ({reason}).</source>
        <translation>이번에는 Google이 이미지를 만들지 않았습니다({reason}).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>이유가 제공되지 않음</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>Google 응답 대기 중…</translation>
    </message>
    <message>
        <source>Downloading {received} of {total} MB</source>
        <translation>다운로드 중 {received}/{total}MB</translation>
    </message>
    <message>
        <source>Downloading {received} MB</source>
        <translation>다운로드 중 {received}MB</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>디코딩 중…</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>다시 시도 중</translation>
    </message>
    <message>
        <source>{reason}; retrying in {wait} (attempt {attempt} of {attempts})</source>
        <translation>{reason}. {wait} 후 다시 시도합니다(시도 {attempt}/{attempts})</translation>
    </message>
    <message>
        <source>Google does not take the {tier} service tier for {model}; “{connection}” now uses Standard for this model. Run the job again.</source>
        <translation>Google에서 {model}에 {tier} 서비스 티어를 받지 않습니다. 이제 “{connection}”에서 이 모델에 Standard를 사용합니다. 작업을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>응답이 비어 있습니다.</translation>
    </message>
    <message>
        <source>A gateway takes only images as references, so “{name}” (a PDF or video) cannot go with this request. Use an AI Studio or Vertex AI connection for it.</source>
        <translation>게이트웨이는 이미지만 참조로 받으므로 “{name}”(PDF 또는 동영상)을(를) 이 요청과 함께 보낼 수 없습니다. AI Studio 또는 Vertex AI 연결을 사용하십시오.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the expected form.</source>
        <translation>게이트웨이의 응답이 예상한 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The gateway answered with links to images instead of the images themselves; it must return b64_json.</source>
        <translation>게이트웨이가 이미지 자체가 아니라 이미지 링크로 응답했습니다. b64_json을 반환해야 합니다.</translation>
    </message>
    <message>
        <source>The gateway answered without an image.</source>
        <translation>게이트웨이가 이미지 없이 응답했습니다.</translation>
    </message>
    <message>
        <source>The answer was cut off after Google produced it — you may have been billed.</source>
        <translation>Google에서 응답을 생성한 후 응답이 끊겼습니다 — 비용이 청구되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google (no answer within {seconds} s) — you may have been billed.</source>
        <translation>요청이 Google에 도달한 후 시간이 초과되었습니다({seconds}초 안에 응답 없음) — 비용이 청구되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google — you may have been billed.</source>
        <translation>요청이 Google에 도달한 후 시간이 초과되었습니다 — 비용이 청구되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The connection broke after the request reached Google, before its answer came — you may have been billed.</source>
        <translation>요청이 Google에 도달한 후 응답이 오기 전에 연결이 끊어졌습니다 — 비용이 청구되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>{error} You may have been billed.</source>
        <translation>{error} 비용이 청구되었을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Drag as</source>
        <translation>드래그 형식</translation>
    </message>
    <message>
        <source>Drag preset</source>
        <translation>드래그 사전 설정</translation>
    </message>
    <message>
        <source>The files you drag out of the app (or copy) are exported with this preset as you drop them</source>
        <translation>앱에서 끌어내거나 복사하는 파일은 놓는 시점에 이 사전 설정으로 내보내집니다</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Export what you see ({keys})</source>
        <translation>보이는 항목 내보내기({keys})</translation>
    </message>
    <message numerus="yes">
        <source>Dragging %n image(s) as “{preset}”…</source>
        <translation>
            <numerusform>이미지 %n개를 “{preset}”(으)로 드래그하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Image copied as “{preset}”.</source>
        <translation>이미지를 “{preset}”(으)로 복사했습니다.</translation>
    </message>
    <message>
        <source>Select images in the Library, or show an image, to export.</source>
        <translation>내보내려면 라이브러리에서 이미지를 선택하거나 이미지를 표시하십시오.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n job(s) queued last time are waiting. Resume the queue to run them.</source>
        <translation>
            <numerusform>지난번에 대기열에 추가된 작업 %n개가 대기 중입니다. 실행하려면 대기열을 재개하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count must be 1 or more.</source>
        <translation>개수는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>There is no job {job}.</source>
        <translation>작업 {job}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Job {job} is {status}; only failed, canceled or interrupted jobs can be run again.</source>
        <translation>작업 {job}의 상태는 “{status}”입니다. 실패했거나 취소되었거나 중단된 작업만 다시 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>일시 중지되었습니다.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while starting jobs; the queue carries on. (Details for support: {error})</source>
        <translation>작업을 시작하는 중에 예기치 않은 문제가 발생했습니다. 대기열은 계속 진행됩니다. (지원용 세부 정보: {error})</translation>
    </message>
    <message>
        <source>The daily quota of “{connection}” has reset; its jobs continue.</source>
        <translation>“{connection}”의 일일 할당량이 초기화되었습니다. 해당 작업이 계속됩니다.</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for today reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>오늘의 예산 한도 {cap}에 도달했습니다({spent} 사용). 대기열이 일시 중지되었습니다. 계속하려면 한도를 높이거나 재개하십시오.</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for this month reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>이번 달의 예산 한도 {cap}에 도달했습니다({spent} 사용). 대기열이 일시 중지되었습니다. 계속하려면 한도를 높이거나 재개하십시오.</translation>
    </message>
    <message>
        <source>The job was canceled.</source>
        <translation>작업이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this job.</source>
        <translation>이 작업에서 예기치 않은 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>The budget cap is now {cap}; the queue continues.</source>
        <translation>이제 예산 한도는 {cap}입니다. 대기열이 계속 진행됩니다.</translation>
    </message>
    <message>
        <source>The budget cap was removed; the queue continues.</source>
        <translation>예산 한도가 제거되었습니다. 대기열이 계속 진행됩니다.</translation>
    </message>
    <message>
        <source>The image had already arrived and was billed, so it is kept in the library instead of being canceled.</source>
        <translation>이미지가 이미 도착하여 비용이 청구되었으므로 취소하지 않고 라이브러리에 보관합니다.</translation>
    </message>
    <message>
        <source>The spend includes {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>사용 금액에는 실행 중에 중단된 작업에 대해 Google이 청구했을 수 있는 {possible}이(가) 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>{error} Jobs for “{connection}” wait until then (in {wait}).</source>
        <translation>{error} “{connection}”의 작업은 그때까지 대기합니다({wait} 후).</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>저장 중</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>붙여 넣은 이미지</translation>
    </message>
    <message>
        <source>The reference image {name} is missing from the library folder.</source>
        <translation>참조 이미지 {name}이(가) 라이브러리 폴더에 없습니다.</translation>
    </message>
    <message>
        <source>The image to edit is no longer in the library.</source>
        <translation>편집할 이미지가 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>The image to edit ({name}) cannot be read from the library.</source>
        <translation>편집할 이미지({name})를 라이브러리에서 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <extracomment>English is named in itself like the others.</extracomment>
        <translation>언어</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>시스템 언어({language})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>새 언어는 다음에 앱을 시작할 때부터 사용됩니다.</translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation>새 언어를 사용하려면 앱을 다시 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <source>Open library</source>
        <translation>라이브러리 열기</translation>
    </message>
    <message>
        <source>The library in “{folder}” could not be opened.</source>
        <translation>“{folder}”의 라이브러리를 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Pick</source>
        <translation>채택 플래그 지정</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>제외 플래그 지정</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>플래그 해제</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>별 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>별 없음</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>레이블 없음</translation>
    </message>
    <message>
        <source>Red label</source>
        <translation>빨간색 레이블</translation>
    </message>
    <message>
        <source>Yellow label</source>
        <translation>노란색 레이블</translation>
    </message>
    <message>
        <source>Green label</source>
        <translation>녹색 레이블</translation>
    </message>
    <message>
        <source>Blue label</source>
        <translation>파란색 레이블</translation>
    </message>
    <message numerus="yes">
        <source>{mark} (%n image(s))</source>
        <translation>
            <numerusform>{mark}(이미지 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>New board “{name}”</source>
        <translation>새 보드 “{name}”</translation>
    </message>
    <message>
        <source>Delete board “{name}”</source>
        <translation>보드 “{name}” 삭제</translation>
    </message>
    <message>
        <source>Board “{name}” deleted (its images stay in the library).</source>
        <translation>보드 “{name}”을(를) 삭제했습니다(보드의 이미지는 라이브러리에 남아 있습니다).</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>“{name}” 이름 바꾸기</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>보드</translation>
    </message>
    <message>
        <source>Add to “{board}”</source>
        <translation>“{board}”에 추가</translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to “{board}”.</source>
        <translation>
            <numerusform>“{board}”에 이미지 %n개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>“{board}”에서 제거</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation>
            <numerusform>이미지 %n개를 휴지통으로 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash.</source>
        <translation>
            <numerusform>이미지 %n개를 휴지통으로 이동했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back from the trash (emptied meanwhile?); they show as missing.</source>
        <translation>
            <numerusform>파일 %n개를 휴지통에서 복원할 수 없습니다(그사이 휴지통을 비웠습니까?). 해당 파일은 없음으로 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This change ({command}) could not be saved in the library.</source>
        <translation>이 변경({command})을 라이브러리에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again with “Open library…” and choose read-write to change it.</source>
        <translation>이 라이브러리는 읽기 전용으로 열려 있습니다. 변경하려면 “라이브러리 열기…”로 다시 열고 읽기/쓰기를 선택하십시오.</translation>
    </message>
    <message>
        <source>The library is busy in another nbp-desktop window or command, so this change was not saved. Try again in a moment.</source>
        <translation>다른 nbp-desktop 창이나 명령에서 라이브러리를 사용 중이어서 이 변경을 저장하지 않았습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This library was written by a newer version of nbp-desktop; update the app to open it.</source>
        <translation>이 라이브러리는 최신 버전의 nbp-desktop에서 작성되었습니다. 열려면 앱을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The disk holding the library ({folder}) is full, so its database cannot be opened. Free some space, then start the app again. Nothing was changed.</source>
        <translation>라이브러리가 있는 디스크({folder})가 가득 차서 데이터베이스를 열 수 없습니다. 공간을 확보한 후 앱을 다시 시작하십시오. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The library database is locked by another program (a backup or sync tool, or another copy of the app). Close it, then try again. Nothing was changed.</source>
        <translation>다른 프로그램(백업 또는 동기화 도구, 또는 앱의 다른 인스턴스)이 라이브러리 데이터베이스를 잠갔습니다. 해당 프로그램을 닫은 후 다시 시도하십시오. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (read-only or permission denied). Use File → Open library… to look at it read-only, or fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation>라이브러리 폴더 {folder}에 쓸 수 없습니다(읽기 전용이거나 권한 거부됨). 파일 → 라이브러리 열기…를 사용하여 읽기 전용으로 보거나 폴더 권한을 수정하십시오. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The library database could not be read from the disk ({error}). Nothing was changed.</source>
        <translation>디스크에서 라이브러리 데이터베이스를 읽을 수 없습니다({error}). 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Details lost: this image&apos;s sidecar file could not be read, so only what the image file itself holds is known.</source>
        <translation>세부 정보 손실: 이 이미지의 사이드카 파일을 읽을 수 없어 이미지 파일 자체에 있는 정보만 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>빨간색</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>노란색</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>녹색</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파란색</translation>
    </message>
    <message>
        <source>There is already a board called “{name}”.</source>
        <translation>“{name}” 보드가 이미 있습니다.</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>보드에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}. Free some space.</source>
        <translation>디스크가 가득 차서 {folder}에 이미지를 저장할 수 없습니다. 공간을 확보하십시오.</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (permission denied or read-only).</source>
        <translation>라이브러리 폴더 {folder}에 쓸 수 없습니다(권한 거부됨 또는 읽기 전용).</translation>
    </message>
    <message>
        <source>The image could not be saved in {folder}.</source>
        <translation>{folder}에 이미지를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}.</source>
        <translation>디스크가 가득 차서 {folder}에 이미지를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) is kept in {folder}; Run again saves it into the library without a new request.</source>
        <translation>{failure}. Google이 만든 이미지(청구 금액 {cost})는 {folder}에 보관되어 있습니다. 다시 실행하면 새 요청 없이 라이브러리에 저장합니다.</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) could not be kept anywhere else either.</source>
        <translation>{failure}. Google이 만든 이미지(청구 금액 {cost})를 다른 곳에도 보관할 수 없었습니다.</translation>
    </message>
    <message>
        <source>There is not enough free space for this image in {folder}: about {needed} is needed and {free} is free. Nothing was sent. Free some space, then run the job again.</source>
        <translation>{folder}에 이 이미지를 저장할 여유 공간이 부족합니다. 약 {needed}이(가) 필요하며 여유 공간은 {free}입니다. 아무것도 보내지 않았습니다. 공간을 확보한 후 작업을 다시 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <source>Loupe</source>
        <translation>확대경</translation>
    </message>
    <message>
        <source>Space or Esc closes · ← → previous / next · P X U, 0–5, 6–9 mark</source>
        <translation>Space 또는 Esc로 닫기 · ← → 이전/다음 · P X U, 0–5, 6–9 표시</translation>
    </message>
    <message>
        <source>{caption} — the file is missing or cannot be read</source>
        <translation>{caption} — 파일이 없거나 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>작성</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Spent today (actual cost from Google&apos;s token counts)</source>
        <translation>오늘 사용 금액(Google 토큰 수 기준 실제 비용)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>보이는 항목을 내보냅니다: 화면의 이미지 또는 라이브러리에서 선택한 항목</translation>
    </message>
    <message>
        <source>Show library folder</source>
        <translation>라이브러리 폴더 표시</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>라이브러리 열기…</translation>
    </message>
    <message>
        <source>Look at another library folder (a copy, a shared drive, a USB stick)</source>
        <translation>다른 라이브러리 폴더를 봅니다(사본, 공유 드라이브, USB 메모리)</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>내 라이브러리로 돌아가기</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Paste reference image</source>
        <translation>참조 이미지 붙여넣기</translation>
    </message>
    <message>
        <source>Add the image on the clipboard as a reference</source>
        <translation>클립보드의 이미지를 참조로 추가합니다</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>프롬프트 복사</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>표시된 이미지의 프롬프트를 복사합니다</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>Copy the shown image to the clipboard, in the drag preset</source>
        <translation>표시된 이미지를 드래그 사전 설정으로 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>프롬프트 사용</translation>
    </message>
    <message>
        <source>Put only the shown image&apos;s prompt in the compose pane</source>
        <translation>표시된 이미지의 프롬프트만 작성 패널에 넣습니다</translation>
    </message>
    <message>
        <source>Find in library</source>
        <translation>라이브러리에서 찾기</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>이미지(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Hide side panels</source>
        <translation>사이드 패널 숨기기</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>레이아웃 재설정</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>대기열(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>창(&amp;W)</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>최소화</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <source>Generate (the image)</source>
        <translation>생성(이미지)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Add a connection first (File → Settings).</source>
        <translation>먼저 연결을 추가하십시오(파일 → 설정).</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>먼저 프롬프트를 입력하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}” (the queue is paused).</source>
        <translation>
            <numerusform>“{connection}”(으)로 작업 %n개를 대기열에 추가했습니다(대기열이 일시 중지됨).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}”.</source>
        <translation>
            <numerusform>“{connection}”(으)로 작업 %n개를 대기열에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt copied.</source>
        <translation>프롬프트를 복사했습니다.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>Generate, review and hand off images made with Google&apos;s Gemini image models.</source>
        <translation>Google의 Gemini 이미지 모델로 이미지를 생성하고 검토하여 전달합니다.</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>라이브러리: {folder}</translation>
    </message>
    <message>
        <source>Today {spent} of {cap}</source>
        <translation>오늘 {spent} / {cap}</translation>
    </message>
    <message>
        <source>Today {spent}</source>
        <translation>오늘 {spent}</translation>
    </message>
    <message>
        <source>Spent today, including {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>오늘 사용 금액입니다. 실행 중에 중단된 작업에 대해 Google이 청구했을 수 있는 {possible}이(가) 포함되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Something unexpected went wrong. Your images are safe; the details below help us fix it.</source>
        <translation>예기치 않은 문제가 발생했습니다. 이미지는 안전합니다. 아래 세부 정보는 문제를 해결하는 데 도움이 됩니다.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>{model} · retired {date}</source>
        <translation>{model} · {date} 지원 종료</translation>
    </message>
    <message>
        <source>{model} · deprecated {date}</source>
        <translation>{model} · {date} 지원 중단 예정</translation>
    </message>
    <message>
        <source>{model} · PDF, video refs</source>
        <translation>{model} · PDF, 동영상 참조</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images, PDFs and videos as references.</source>
        <translation>{model}: {sizes}. 이미지, PDF, 동영상을 참조로 받습니다.</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images as references.</source>
        <translation>{model}: {sizes}. 이미지를 참조로 받습니다.</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>not billed</source>
        <translation>청구되지 않음</translation>
    </message>
    <message>
        <source>may have been billed</source>
        <translation>비용이 청구되었을 수 있음</translation>
    </message>
    <message>
        <source>{free} (demo: would be {cost} on Google)</source>
        <translation>{free}(데모: Google에서는 {cost})</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>비용: {cost}</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>예상 비용: {cost}</translation>
    </message>
    <message>
        <source>Google did not charge for this request.</source>
        <translation>Google에서 이 요청에 대해 비용을 청구하지 않았습니다.</translation>
    </message>
    <message>
        <source>Google may have charged up to about {cost}: the request reached the model before it failed.</source>
        <translation>Google에서 최대 약 {cost}을(를) 청구했을 수 있습니다. 요청이 실패하기 전에 모델에 도달했습니다.</translation>
    </message>
    <message>
        <source>Demo: would be {cost} on Google.</source>
        <translation>데모: Google에서는 {cost}입니다.</translation>
    </message>
    <message>
        <source>Charged by Google (from its token counts).</source>
        <translation>Google에서 청구함(토큰 수 기준).</translation>
    </message>
    <message>
        <source>Estimated before sending.</source>
        <translation>보내기 전에 추정함.</translation>
    </message>
    <message>
        <source>free in the demo (would be {cost} on Google)</source>
        <translation>데모에서는 무료(Google에서는 {cost})</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>약 {cost}</translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <source>Why the queue waits</source>
        <translation>대기열이 기다리는 이유</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>대기열이 일시 중지되었습니다.</translation>
    </message>
    <message>
        <source>Jobs for “{connection}” wait for its daily quota to reset (in {wait}).</source>
        <translation>“{connection}”의 작업은 일일 할당량이 초기화될 때까지 대기합니다({wait} 후).</translation>
    </message>
    <message>
        <source>Paused: {reasons}</source>
        <translation>일시 중지됨: {reasons}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Compared image</source>
        <translation>비교 이미지</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>모델 응답</translation>
    </message>
    <message>
        <source>Image facts</source>
        <translation>이미지 정보</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Every fact about the file: tokens, timings, seed, location</source>
        <translation>파일에 대한 모든 정보: 토큰, 소요 시간, 시드, 위치</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>화면에 맞추기</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>이미지를 보기 영역에 맞춥니다</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>실제 픽셀</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>이 이미지 편집…</translation>
    </message>
    <message>
        <source>Ask for changes to this image</source>
        <translation>이 이미지의 변경을 요청합니다</translation>
    </message>
    <message>
        <source>Re-render</source>
        <translation>다시 렌더링</translation>
    </message>
    <message>
        <source>The same picture again at a larger size</source>
        <translation>같은 그림을 더 큰 크기로 다시 만듭니다</translation>
    </message>
    <message>
        <source>at {size}</source>
        <translation>{size}(으)로</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <source>Put this image&apos;s prompt and settings in the compose pane</source>
        <translation>이 이미지의 프롬프트와 설정을 작성 패널에 넣습니다</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>뷰어에서 열기</translation>
    </message>
    <message>
        <source>Open in the system&apos;s image viewer</source>
        <translation>시스템 이미지 뷰어에서 엽니다</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>파일 관리자에서 파일을 표시합니다</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Show the previous image side by side</source>
        <translation>이전 이미지를 나란히 표시합니다</translation>
    </message>
    <message>
        <source>Fit {percent} %</source>
        <translation>맞추기 {percent}%</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>콘텐츠 자격 증명</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>The file {name} is missing or cannot be read.</source>
        <translation>파일 {name}이(가) 없거나 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{file} (labelled PNG by Google)</source>
        <translation>{file}(Google에서 PNG로 표시)</translation>
    </message>
    <message>
        <source>{prompt} in, {output} out, {thinking} thinking</source>
        <translation>입력 {prompt}, 출력 {output}, 사고 {thinking}</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>디코딩</translation>
    </message>
    <message>
        <source>save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>응답 주체</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>at {size} — {price}</source>
        <translation>{size}(으)로 — {price}</translation>
    </message>
    <message>
        <source>This image is already at the largest size (4K)</source>
        <translation>이 이미지는 이미 최대 크기(4K)입니다</translation>
    </message>
    <message>
        <source>The same picture again at a larger size; the price is shown before anything is sent</source>
        <translation>같은 그림을 더 큰 크기로 다시 만듭니다. 보내기 전에 가격이 표시됩니다</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <source>made by a generative AI model</source>
        <translation>생성형 AI 모델로 만듦</translation>
    </message>
    <message>
        <source>a composite including AI-generated parts</source>
        <translation>AI 생성 부분을 포함한 합성물</translation>
    </message>
    <message>
        <source>made by an algorithm</source>
        <translation>알고리즘으로 만듦</translation>
    </message>
    <message>
        <source>a camera capture</source>
        <translation>카메라 촬영</translation>
    </message>
    <message>
        <source>made with digital tools</source>
        <translation>디지털 도구로 만듦</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>크기 조정됨</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>색상 조정됨</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>다시 인코딩됨</translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation>다른 형식으로 변환됨</translation>
    </message>
    <message>
        <source>metadata edited</source>
        <translation>메타데이터 편집됨</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>편집됨</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>배치됨</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>자르기 적용됨</translation>
    </message>
    <message>
        <source>No Content Credentials.</source>
        <translation>콘텐츠 자격 증명이 없습니다.</translation>
    </message>
    <message>
        <source>Damaged Content Credentials: the manifest in this file cannot be read.</source>
        <translation>손상된 콘텐츠 자격 증명: 이 파일의 매니페스트를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>알 수 없는 서명자</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is on this computer&apos;s trust list.</source>
        <translation>{signer}이(가) 서명함. 인증서가 이 컴퓨터의 신뢰 목록에 있습니다.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the picture was changed after signing: the signature no longer matches the pixels.</source>
        <translation>{signer}이(가) 서명했지만 서명 후 그림이 변경되었습니다. 서명이 더 이상 픽셀과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signing certificate had expired.</source>
        <translation>{signer}이(가) 서명했지만 서명 인증서가 만료되었습니다.</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signature is not valid ({problems}).</source>
        <translation>{signer}이(가) 서명했지만 서명이 유효하지 않습니다({problems}).</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is not on this computer&apos;s trust list.</source>
        <translation>{signer}이(가) 서명함. 인증서가 이 컴퓨터의 신뢰 목록에 없습니다.</translation>
    </message>
    <message>
        <source>{title} (signed by {signer})</source>
        <translation>{title}({signer}이(가) 서명함)</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>콘텐츠 자격 증명</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>damaged Content Credentials (cannot be read)</source>
        <translation>손상된 콘텐츠 자격 증명(읽을 수 없음)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명 일시</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>수행된 작업</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>소스 유형</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>만든 도구</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Stripping provenance removes Google&apos;s Content Credentials (the signed C2PA manifest that says the image was made by AI), no new credentials are added, and the AI source type and credit lines are left out of the XMP. The Original preset still copies the file byte for byte.</source>
        <translation>출처 정보를 제거하면 Google의 콘텐츠 자격 증명(이미지가 AI로 만들어졌음을 밝히는 서명된 C2PA 매니페스트)이 제거되고, 새 자격 증명이 추가되지 않으며, AI 소스 유형과 크레디트 줄이 XMP에서 빠집니다. 원본 사전 설정은 여전히 파일을 바이트 단위로 그대로 복사합니다.</translation>
    </message>
    <message>
        <source>No signing certificate was chosen.</source>
        <translation>서명 인증서를 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>The time-stamp server {url} could not be reached or refused the request.</source>
        <translation>타임스탬프 서버 {url}에 연결할 수 없거나 서버가 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>The certificate “{signer}” was refused for signing Content Credentials.</source>
        <translation>인증서 “{signer}”이(가) 콘텐츠 자격 증명 서명에 거부되었습니다.</translation>
    </message>
    <message>
        <source>Content Credentials could not be added to the export.</source>
        <translation>내보내기에 콘텐츠 자격 증명을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Exports are signed with this computer&apos;s own certificate; Content Credentials viewers will call the signer “unknown”, because no public trust list knows it. Use your own certificate in Settings to be named.</source>
        <translation>내보내기는 이 컴퓨터 자체의 인증서로 서명됩니다. 공개 신뢰 목록에 없는 인증서이므로 콘텐츠 자격 증명 뷰어에서는 서명자를 “알 수 없음”으로 표시합니다. 이름을 표시하려면 설정에서 자신의 인증서를 사용하십시오.</translation>
    </message>
    <message>
        <source>The signing certificate file {name} cannot be read.</source>
        <translation>서명 인증서 파일 {name}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} holds no certificate; it needs the certificate chain and the private key.</source>
        <translation>{name}에 인증서가 없습니다. 인증서 체인과 개인 키가 필요합니다.</translation>
    </message>
    <message>
        <source>{name} holds no private key; put the key in the same file as the certificate chain.</source>
        <translation>{name}에 개인 키가 없습니다. 인증서 체인과 같은 파일에 키를 넣으십시오.</translation>
    </message>
    <message>
        <source>The private key in {name} is protected by a password; enter it in Settings.</source>
        <translation>{name}의 개인 키는 암호로 보호되어 있습니다. 설정에서 암호를 입력하십시오.</translation>
    </message>
    <message>
        <source>{name} must hold both a certificate and its private key.</source>
        <translation>{name}에는 인증서와 해당 개인 키가 모두 있어야 합니다.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; enter it in Settings.</source>
        <translation>{name}은(는) 암호로 보호되어 있습니다. 설정에서 암호를 입력하십시오.</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>{name}의 암호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM or PKCS#12) this app can read.</source>
        <translation>{name}은(는) 이 앱에서 읽을 수 있는 인증서 파일(PEM 또는 PKCS#12)이 아닙니다.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} expired on {date}.</source>
        <translation>{name}의 인증서 “{who}”은(는) {date}에 만료되었습니다.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not valid before {date}.</source>
        <translation>{name}의 인증서 “{who}”은(는) {date} 이전에는 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>The key in {name} is of a kind Content Credentials cannot sign with (use EC, RSA or Ed25519).</source>
        <translation>{name}의 키는 콘텐츠 자격 증명에서 서명에 사용할 수 없는 종류입니다(EC, RSA 또는 Ed25519를 사용하십시오).</translation>
    </message>
    <message>
        <source>The private key in {name} does not belong to the certificate “{who}”.</source>
        <translation>{name}의 개인 키가 인증서 “{who}”에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not a signing certificate: it is not allowed to sign documents (Content Credentials need one issued for document or e-mail signing).</source>
        <translation>{name}의 인증서 “{who}”은(는) 서명 인증서가 아니어서 문서에 서명할 수 없습니다(콘텐츠 자격 증명에는 문서 또는 이메일 서명용으로 발급된 인증서가 필요합니다).</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is self-signed; Content Credentials need one issued by a certificate authority (include its chain in the file).</source>
        <translation>{name}의 인증서 “{who}”은(는) 자체 서명되었습니다. 콘텐츠 자격 증명에는 인증 기관에서 발급한 인증서가 필요합니다(파일에 인증서 체인을 포함하십시오).</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>저장 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Interrupted — may have been billed</source>
        <translation>중단됨 — 비용이 청구되었을 수 있음</translation>
    </message>
    <message>
        <source>Re-render at {size}</source>
        <translation>{size}(으)로 다시 렌더링</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Waiting for the daily quota to reset (in {wait})</source>
        <translation>일일 할당량 초기화 대기 중({wait} 후)</translation>
    </message>
    <message>
        <source>Queued (queue paused)</source>
        <translation>대기 중(대기열 일시 중지됨)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>대기열 작업</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>모두 일시 중지</translation>
    </message>
    <message>
        <source>Pause the queue (running jobs finish)</source>
        <translation>대기열을 일시 중지합니다(실행 중인 작업은 완료됨)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>선택한 작업을 취소합니다</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Run failed, canceled or interrupted jobs again</source>
        <translation>실패했거나 취소되었거나 중단된 작업을 다시 실행합니다</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move the selected queued job up</source>
        <translation>선택한 대기 중 작업을 위로 이동합니다</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Move the selected queued job down</source>
        <translation>선택한 대기 중 작업을 아래로 이동합니다</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>완료 항목 지우기</translation>
    </message>
    <message>
        <source>Remove finished jobs (images stay)</source>
        <translation>완료된 작업을 제거합니다(이미지는 유지됨)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>발생한 문제</translation>
    </message>
    <message>
        <source>Google&apos;s message…</source>
        <translation>Google 메시지…</translation>
    </message>
    <message>
        <source>Show the service&apos;s own words for this failure</source>
        <translation>이 실패에 대해 서비스가 보낸 원문을 표시합니다</translation>
    </message>
    <message>
        <source>checking the library…</source>
        <translation>라이브러리 확인 중…</translation>
    </message>
    <message>
        <source>{message}  Google&apos;s reason: {reason}</source>
        <translation>{message}  Google에서 밝힌 이유: {reason}</translation>
    </message>
    <message>
        <source>Google&apos;s message</source>
        <translation>Google 메시지</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>모두 재개</translation>
    </message>
    <message>
        <source>Resume the queue</source>
        <translation>대기열을 재개합니다</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>이미지 표시</translation>
    </message>
    <message>
        <source>Copy error message</source>
        <translation>오류 메시지 복사</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>대기열에서 제거</translation>
    </message>
    <message>
        <source>Google&apos;s message: {message}</source>
        <translation>Google 메시지: {message}</translation>
    </message>
    <message>
        <source>Error message copied.</source>
        <translation>오류 메시지를 복사했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue; their images stay in the library.</source>
        <translation>
            <numerusform>대기열에서 작업 %n개를 제거했습니다. 이미지는 라이브러리에 남아 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation>대기열을 재개했습니다.</translation>
    </message>
    <message>
        <source>Queue paused; running jobs finish, nothing new starts.</source>
        <translation>대기열을 일시 중지했습니다. 실행 중인 작업은 완료되고 새 작업은 시작되지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished job(s); their images stay in the library.</source>
        <translation>
            <numerusform>완료된 작업 %n개를 지웠습니다. 이미지는 라이브러리에 남아 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallDrops</name>
    <message>
        <source>Settings recalled from the dropped image.</source>
        <translation>끌어 놓은 이미지에서 설정을 불러왔습니다.</translation>
    </message>
    <message>
        <source>Not made by this app, so it was added as a reference image.</source>
        <translation>이 앱에서 만든 이미지가 아니므로 참조 이미지로 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message>
        <source>The library database was empty (0 bytes).</source>
        <translation>라이브러리 데이터베이스가 비어 있었습니다(0바이트).</translation>
    </message>
    <message>
        <source>The library database could not be read.</source>
        <translation>라이브러리 데이터베이스를 읽을 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and restored from the backup of {when}; jobs, ratings, boards and spend history are as they were then, and %n images made since were added from their files.</source>
        <translation>
            <numerusform>{problem} 이 파일은 {name}(으)로 옮겨 두고 {when} 백업에서 복원했습니다. 작업, 등급, 보드, 지출 기록은 그 시점 상태이며, 이후에 만든 이미지 %n개는 파일에서 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and the library was rebuilt from the image files (%n images found); there was no backup, so ratings, boards and spend history could not be recovered.</source>
        <translation>
            <numerusform>{problem} 이 파일은 {name}(으)로 옮겨 두고 이미지 파일에서 라이브러리를 다시 구성했습니다(이미지 %n개 발견). 백업이 없어 등급, 보드, 지출 기록은 복구할 수 없었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library database could not be read, so the library is shown from its image files (%n images found); ratings and boards are not available.</source>
        <translation>
            <numerusform>라이브러리 데이터베이스를 읽을 수 없어 이미지 파일로 라이브러리를 표시합니다(이미지 %n개 발견). 등급과 보드는 사용할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when the app stopped and may have been billed. They are marked in the queue; run them again if you still want them.</source>
        <translation>
            <numerusform>앱이 중지될 때 작업 %n개가 중단되었으며 비용이 청구되었을 수 있습니다. 대기열에 표시되어 있으니 여전히 필요하면 다시 실행하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) that had finished while the app stopped were saved.</source>
        <translation>
            <numerusform>앱이 중지된 동안 완료된 작업 %n개를 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is not an nbp-desktop library: it has neither {database} nor a “{folder}” folder.</source>
        <translation>“{name}”은(는) nbp-desktop 라이브러리가 아닙니다. {database}도 “{folder}” 폴더도 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>Reference images</source>
        <translation>참조 이미지</translation>
    </message>
    <message>
        <source>Reference images: drop files here, paste with {keys}, drag to reorder, Delete removes</source>
        <translation>참조 이미지: 여기에 파일을 놓거나, {keys}(으)로 붙여 넣거나, 끌어서 순서를 바꾸고, Delete로 제거</translation>
    </message>
    <message>
        <source>Drop reference images here
or paste with {keys}</source>
        <translation>여기에 참조 이미지를 놓거나
{keys}(으)로 붙여 넣으십시오</translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n reference images.</source>
        <translation>
            <numerusform>이 모델은 참조 이미지를 최대 %n개까지 받습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>클립보드에 이미지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountDrop</name>
    <message>
        <source>Drop the service-account JSON file here</source>
        <translation>서비스 계정 JSON 파일을 여기에 놓으십시오</translation>
    </message>
    <message>
        <source>Service-account file drop area</source>
        <translation>서비스 계정 파일 놓기 영역</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Queue &amp;&amp; budget</source>
        <translation>대기열 및 예산</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>콘텐츠 자격 증명</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; Secrets cannot be stored safely, so connections cannot be added. On Linux, install and unlock GNOME Keyring or KWallet (Secret Service).</source>
        <translation>&lt;b&gt;사용 가능한 시스템 키체인이 없습니다.&lt;/b&gt; 보안 비밀을 안전하게 저장할 수 없으므로 연결을 추가할 수 없습니다. Linux에서는 GNOME Keyring 또는 KWallet(Secret Service)을 설치하고 잠금 해제하십시오.</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain ({backend}), never in a settings file.</source>
        <translation>키는 설정 파일이 아니라 시스템 키체인({backend})에 저장됩니다.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>가로세로 비율</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through one connection</source>
        <translation>한 연결을 통해 동시에 보내는 작업 수</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Requests per minute per connection, kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>연결당 분당 요청 수. Google의 비율 제한에 걸리지 않도록 앱에서 제한합니다</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>한도 없음</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>일별</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>Jobs at once per connection</source>
        <translation>연결당 동시 작업 수</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>분당 요청 수</translation>
    </message>
    <message>
        <source>A connection can have limits of its own (Connections → Edit). Changes apply at once.</source>
        <translation>연결마다 자체 제한을 둘 수 있습니다(연결 → 편집). 변경 사항은 즉시 적용됩니다.</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>예산 한도</translation>
    </message>
    <message>
        <source>When the cap is reached the queue pauses; nothing is lost.</source>
        <translation>한도에 도달하면 대기열이 일시 중지됩니다. 손실되는 것은 없습니다.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 초</translation>
    </message>
    <message>
        <source>Timeout for {size}</source>
        <translation>{size} 시간 제한</translation>
    </message>
    <message>
        <source>Tries per job when Google is overloaded or the network drops</source>
        <translation>Google에 요청이 너무 많거나 네트워크가 끊어졌을 때 작업당 시도 횟수</translation>
    </message>
    <message>
        <source>from the system (HTTPS_PROXY)</source>
        <translation>시스템에서 가져오기(HTTPS_PROXY)</translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation>없음(시스템 인증서)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Use HTTP/2 where the server offers it</source>
        <translation>서버가 제공하는 경우 HTTP/2 사용</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>추가 CA 인증서</translation>
    </message>
    <message>
        <source>Proxy, certificate and HTTP/2 changes apply after a restart.</source>
        <translation>프록시, 인증서 및 HTTP/2 변경 사항은 다시 시작한 후 적용됩니다.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>인증서(*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>파일 관리자에서 보기</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>라이브러리 폴더</translation>
    </message>
    <message>
        <source>To use another library folder, start the app with --data-dir FOLDER (or set NBP_DATA_DIR).</source>
        <translation>다른 라이브러리 폴더를 사용하려면 --data-dir FOLDER로 앱을 시작하십시오(또는 NBP_DATA_DIR 설정).</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Log event-loop stalls (for troubleshooting)</source>
        <translation>이벤트 루프 지연 기록(문제 해결용)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(기본값)</translation>
    </message>
    <message>
        <source>{jobs} at once, {requests}/min</source>
        <translation>동시 {jobs}개, {requests}/분</translation>
    </message>
    <message>
        <source>{jobs} at once</source>
        <translation>동시 {jobs}개</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>연결 제거</translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its key from the keychain?</source>
        <translation>“{name}”을(를) 제거하고 해당 키를 키체인에서 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Testing “{name}”…</source>
        <translation>“{name}” 테스트 중…</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>the queue&apos;s setting</source>
        <translation>대기열 설정</translation>
    </message>
    <message>
        <source>that connection is left out</source>
        <translation>해당 연결은 제외됩니다</translation>
    </message>
    <message>
        <source>a list of export presets</source>
        <translation>내보내기 사전 설정 목록</translation>
    </message>
    <message>
        <source>the built-in presets</source>
        <translation>기본 제공 사전 설정</translation>
    </message>
    <message>
        <source>a new one (keys stored under the old one must be entered again)</source>
        <translation>새 ID(이전 ID로 저장된 키는 다시 입력해야 함)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>There is no connection named “{name}” (connections: {known}).</source>
        <translation>“{name}”(이)라는 연결이 없습니다(연결: {known}).</translation>
    </message>
    <message>
        <source>Settings: &quot;connections&quot; must be a list of connections; using none.</source>
        <translation>설정: &quot;connections&quot;는 연결 목록이어야 합니다. 연결 없이 진행합니다.</translation>
    </message>
    <message>
        <source>that preset is left out</source>
        <translation>해당 사전 설정은 제외됩니다</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}).</source>
        <translation>설정 파일 {path}을(를) 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Settings: the file is not text (UTF-8); using the default settings.</source>
        <translation>설정: 파일이 텍스트(UTF-8)가 아닙니다. 기본 설정을 사용합니다.</translation>
    </message>
    <message>
        <source>Settings: the file is not valid JSON (line {line}, column {column}); using the default settings.</source>
        <translation>설정: 파일이 올바른 JSON이 아닙니다({line}행, {column}열). 기본 설정을 사용합니다.</translation>
    </message>
    <message>
        <source>Settings: the file must hold one JSON object; using the default settings.</source>
        <translation>설정: 파일에는 JSON 객체 하나만 있어야 합니다. 기본 설정을 사용합니다.</translation>
    </message>
    <message>
        <source>Settings: the file could not be corrected ({reason}); it is left as it is.</source>
        <translation>설정: 파일을 수정할 수 없습니다({reason}). 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Settings: the original file is kept as {name}.</source>
        <translation>설정: 원본 파일은 {name}(으)로 보관됩니다.</translation>
    </message>
    <message>
        <source>These settings were written by a newer version of nbp-desktop; update the app before changing them.</source>
        <translation>이 설정은 최신 버전의 nbp-desktop에서 작성되었습니다. 설정을 변경하기 전에 앱을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low}~{high} 사이의 정수</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low}~{high} 사이의 숫자</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} 중 하나</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a name (text that is not empty)</source>
        <translation>이름(비어 있지 않은 텍스트)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>텍스트 목록</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; using {fallback}.</source>
        <translation>설정: &quot;{path}&quot;은(는) {rule}(이)어야 합니다. 사용할 값: {fallback}.</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>이 항목은 제외됩니다</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; {left_out}.</source>
        <translation>설정: &quot;{path}&quot;은(는) 설정 그룹이어야 합니다. {left_out}.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; using its defaults.</source>
        <translation>설정: &quot;{path}&quot;은(는) 설정 그룹이어야 합니다. 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; {left_out}.</source>
        <translation>설정: &quot;{path}&quot;은(는) {rule}(이)어야 합니다. {left_out}.</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; has no &quot;{field}&quot;; {left_out}.</source>
        <translation>설정: &quot;{path}&quot;에 &quot;{field}&quot;이(가) 없습니다. {left_out}.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import prompt sheet</source>
        <translation>프롬프트 시트 가져오기</translation>
    </message>
    <message>
        <source>No sheet chosen.</source>
        <translation>선택한 시트가 없습니다.</translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation>시트 선택…</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>표 붙여넣기</translation>
    </message>
    <message>
        <source>Use rows copied from a spreadsheet (the first row is the header)</source>
        <translation>스프레드시트에서 복사한 행을 사용합니다(첫 행은 머리글)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Batch at half price (Google runs it within 24 h)</source>
        <translation>반값 일괄 처리(Google이 24시간 안에 실행)</translation>
    </message>
    <message>
        <source>Interactive (the queue, full price)</source>
        <translation>대화형(대기열, 정가)</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>실행 방식</translation>
    </message>
    <message>
        <source>Cloud Storage bucket</source>
        <translation>Cloud Storage 버킷</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and send the rest</source>
        <translation>문제가 있는 행은 제외하고 나머지 보내기</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Choose a prompt sheet</source>
        <translation>프롬프트 시트 선택</translation>
    </message>
    <message>
        <source>Prompt sheets (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>프롬프트 시트 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <source>Pasted sheet</source>
        <translation>붙여 넣은 시트</translation>
    </message>
    <message>
        <source>This sheet cannot be imported:</source>
        <translation>이 시트를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>모델 기본값</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of {total} rows. %n row(s) with problems:</source>
        <translation>
            <numerusform>전체 {total}행 중 처음 {shown}행을 표시합니다. 문제가 있는 행 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows. Every row is valid.</source>
        <translation>전체 {total}행 중 처음 {shown}행을 표시합니다. 모든 행이 유효합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems:</source>
        <translation>
            <numerusform>문제가 있는 행 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>모든 행이 유효합니다.</translation>
    </message>
    <message>
        <source>{kind} has no batch mode; this sheet can only run through the queue at the interactive price.</source>
        <translation>{kind}에는 일괄 처리 모드가 없습니다. 이 시트는 대화형 가격으로 대기열을 통해서만 실행할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): {batch} at batch price · {interactive} interactive</source>
        <translation>
            <numerusform>이미지 %n개: {batch} 일괄 처리 가격 · {interactive} 대화형</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket Vertex reads the requests from and writes the results to; the service account needs Storage Object Admin on it.</source>
        <translation>Vertex가 요청을 읽고 결과를 쓰는 Cloud Storage 버킷의 이름을 입력하십시오. 서비스 계정에 이 버킷에 대한 Storage Object Admin 역할이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutText</name>
    <message>
        <source>Anywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <source>Compose pane</source>
        <translation>작성 패널</translation>
    </message>
    <message>
        <source>“Edit this image” box</source>
        <translation>“이 이미지 편집” 상자</translation>
    </message>
    <message>
        <source>The image (Generate tab)</source>
        <translation>이미지(생성 탭)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Library grid</source>
        <translation>라이브러리 그리드</translation>
    </message>
    <message>
        <source>The image or the Library grid</source>
        <translation>이미지 또는 라이브러리 그리드</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 또는 {second}</translation>
    </message>
    <message>
        <source>Queue the generation</source>
        <translation>생성을 대기열에 추가</translation>
    </message>
    <message>
        <source>Queue the edit</source>
        <translation>편집을 대기열에 추가</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>보이는 항목 내보내기: 화면의 이미지 또는 라이브러리에서 선택한 항목</translation>
    </message>
    <message>
        <source>Open another library</source>
        <translation>다른 라이브러리 열기</translation>
    </message>
    <message>
        <source>Import a prompt sheet (batch or queue)</source>
        <translation>프롬프트 시트 가져오기(일괄 처리 또는 대기열)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Undo the last change to the library</source>
        <translation>라이브러리의 마지막 변경 실행 취소</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>실행 취소한 작업 다시 실행</translation>
    </message>
    <message>
        <source>Paste a reference image</source>
        <translation>참조 이미지 붙여넣기</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>표시된 이미지의 프롬프트 복사</translation>
    </message>
    <message>
        <source>Copy the shown image (in the drag preset)</source>
        <translation>표시된 이미지 복사(드래그 사전 설정 사용)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>라이브러리 검색</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>이미지를 보기 영역에 맞추기</translation>
    </message>
    <message>
        <source>Actual pixels (100%)</source>
        <translation>실제 픽셀(100%)</translation>
    </message>
    <message>
        <source>Zoom in (or the wheel)</source>
        <translation>확대(또는 휠)</translation>
    </message>
    <message>
        <source>Zoom out (or the wheel)</source>
        <translation>축소(또는 휠)</translation>
    </message>
    <message>
        <source>Go to the prompt</source>
        <translation>프롬프트로 이동</translation>
    </message>
    <message>
        <source>Go to the image (Generate tab)</source>
        <translation>이미지로 이동(생성 탭)</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>라이브러리로 이동</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>대기열로 이동</translation>
    </message>
    <message>
        <source>Minimize the window</source>
        <translation>창 최소화</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>이 이미지 편집…</translation>
    </message>
    <message>
        <source>Compare with the previous image</source>
        <translation>이전 이미지와 비교</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>선택한 작업 취소</translation>
    </message>
    <message>
        <source>Run the selected jobs again</source>
        <translation>선택한 작업 다시 실행</translation>
    </message>
    <message>
        <source>Move the selected job up</source>
        <translation>선택한 작업을 위로 이동</translation>
    </message>
    <message>
        <source>Move the selected job down</source>
        <translation>선택한 작업을 아래로 이동</translation>
    </message>
    <message>
        <source>Hide the side panels, and show them again</source>
        <translation>사이드 패널 숨기기/다시 표시</translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation>전체 화면 전환</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>채택 플래그 지정</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>제외 플래그 지정</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>플래그 해제</translation>
    </message>
    <message>
        <source>1 to 5 stars</source>
        <translation>별 1~5개</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>별 없음</translation>
    </message>
    <message>
        <source>Red, yellow, green, blue label</source>
        <translation>빨간색, 노란색, 녹색, 파란색 레이블</translation>
    </message>
    <message>
        <source>Loupe at 100%</source>
        <translation>100% 확대경</translation>
    </message>
    <message>
        <source>Compare the two selected images</source>
        <translation>선택한 두 이미지 비교</translation>
    </message>
    <message>
        <source>Add the selection to the last board</source>
        <translation>선택한 항목을 마지막 보드에 추가</translation>
    </message>
    <message>
        <source>Move the selection to the trash</source>
        <translation>선택한 항목을 휴지통으로 이동</translation>
    </message>
    <message>
        <source>Open large in the Generate tab</source>
        <translation>생성 탭에서 크게 열기</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip}({keys})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>SourceStrip</name>
    <message>
        <source>Images to export</source>
        <translation>내보낼 이미지</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <source>The library folder cannot be opened: {reason}</source>
        <translation>라이브러리 폴더를 열 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The library could not be checked: {reason}</source>
        <translation>라이브러리를 확인할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Demo: images are made locally by the built-in emulator and cost {cost}.</source>
        <translation>데모: 이미지는 기본 제공 에뮬레이터가 로컬에서 만들며 비용은 {cost}입니다.</translation>
    </message>
</context>
</TS>
